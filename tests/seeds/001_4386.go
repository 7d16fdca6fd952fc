// 错误示例
func startWorker() {
    ticker := time.NewTicker(time.Minute)
    go func() {
        for {
            select {
            case <-ticker.C:
                doWork()
            }
        }
    }()
    // 忘记在适当时机调用ticker.Stop()
}

// 正确示例
func startWorker(ctx context.Context) {
    ticker := time.NewTicker(time.Minute)
    go func() {
        defer ticker.Stop()
        for {
            select {
            case <-ticker.C:
                doWork()
            case <-ctx.Done():
                return
            }
        }
    }()
}
