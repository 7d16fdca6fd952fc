go func() {
    // 执行任务
    // 函数返回后，goroutine自动退出
}()
