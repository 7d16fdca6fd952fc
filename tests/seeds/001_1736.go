ctx, cancel := context.WithCancel(context.Background())
go func(ctx context.Context) {
    for {
        select {
        case <-ctx.Done():
            // 收到取消信号，退出goroutine
            return
        default:
            // 执行任务
        }
    }
}(ctx)

// 在适当的时候取消
cancel()
