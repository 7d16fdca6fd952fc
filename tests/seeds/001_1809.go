ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
defer cancel()

go func(ctx context.Context) {
    select {
    case <-ctx.Done():
        // 超时或取消，退出goroutine
        return
    case <-time.After(10 * time.Second):
        // 完成任务
    }
}(ctx)
