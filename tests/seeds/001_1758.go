quit := make(chan struct{})
go func(quit chan struct{}) {
    for {
        select {
        case <-quit:
            // 收到退出信号，退出goroutine
            return
        default:
            // 执行任务
        }
    }
}(quit)

// 发送退出信号
close(quit)
