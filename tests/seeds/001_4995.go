func makeAdder(x int) func(int) int {
    return func(y int) int {
        return x + y // x逃逸到堆上
    }
}
