// 返回局部变量的指针
func newValue() *int {
    v := 10
    return &v // v逃逸到堆上
}

// 闭包捕获局部变量
func createAdder(x int) func(int) int {
    return func(y int) int {
        return x + y // x逃逸到堆上
    }
}
