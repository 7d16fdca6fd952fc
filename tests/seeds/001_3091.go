// 错误用法
for i := 0; i < 5; i++ {
    go func() {
        wg.Add(1) // 错误：Add应在goroutine外调用
        // ...
        wg.Done()
    }()
}
