// 错误示例
for _, val := range values {
    go func() {
        fmt.Println(val) // 所有goroutine可能打印相同的值
    }()
}

// 更好的做法
for _, val := range values {
    val := val // 创建副本
    go func() {
        fmt.Println(val)
    }()
}

// 或者通过参数传递
for _, val := range values {
    go func(v string) {
        fmt.Println(v)
    }(val)
}
