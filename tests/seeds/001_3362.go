func useRateLimiter(qps int, tasks []func()) {
    limiter := rate.NewLimiter(rate.Limit(qps), 1)
    var wg sync.WaitGroup
    
    for _, task := range tasks {
        wg.Add(1)
        go func(task func()) {
            defer wg.Done()
            
            // 等待令牌
            limiter.Wait(context.Background())
            task()
        }(task)
    }
    
    wg.Wait()
}
