go func() {
    defer func() {
        if r := recover(); r != nil {
            // 处理panic
        }
    }()
    // 某些条件下
    panic("forced exit") // 不推荐
}()
