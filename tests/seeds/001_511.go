// 陷阱
funcs := make([]func(), 3)
for i := 0; i < 3; i++ {
    funcs[i] = func() { fmt.Println(i) }
}
for _, f := range funcs {
    f() // 输出: 3, 3, 3
}

// 解决方法1: 参数传递
for i := 0; i < 3; i++ {
    funcs[i] = func(i int) func() {
        return func() { fmt.Println(i) }
    }(i)
}

// 解决方法2: 局部变量
for i := 0; i < 3; i++ {
    i := i // 创建局部变量
    funcs[i] = func() { fmt.Println(i) }
}
