func dynamicConcurrency(tasks []func(), initialConcurrency int) {
    concurrency := initialConcurrency
    activeTasks := make(chan struct{}, concurrency)
    var wg sync.WaitGroup
    
    // 监控goroutine，动态调整并发数
    go func() {
        ticker := time.NewTicker(time.Second)
        defer ticker.Stop()
        
        for range ticker.C {
            // 根据系统负载调整concurrency
            // ...
            
            // 更新channel容量（实际无法直接调整，这里是示意）
            // 实际实现需要创建新channel并迁移
        }
    }()
    
    for _, task := range tasks {
        wg.Add(1)
        activeTasks <- struct{}{}
        
        go func(task func()) {
            defer func() {
                <-activeTasks
                wg.Done()
            }()
            task()
        }(task)
    }
    
    wg.Wait()
}
