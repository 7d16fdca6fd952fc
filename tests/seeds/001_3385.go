func controlCreationRate(tasks []func(), maxPerSecond int) {
    interval := time.Second / time.Duration(maxPerSecond)
    ticker := time.NewTicker(interval)
    defer ticker.Stop()
    
    var wg sync.WaitGroup
    for _, task := range tasks {
        wg.Add(1)
        <-ticker.C // 限制创建速率
        
        go func(task func()) {
            defer wg.Done()
            task()
        }(task)
    }
    
    wg.Wait()
}
