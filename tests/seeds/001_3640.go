func doWork(ctx context.Context) {
    for {
        select {
        case <-ctx.Done():
            fmt.Println("Work cancelled")
            return
        default:
            // 执行工作
            time.Sleep(100 * time.Millisecond)
        }
    }
}

ctx, cancel := context.WithCancel(context.Background())
go doWork(ctx)

// 稍后取消
time.Sleep(2 * time.Second)
cancel()
