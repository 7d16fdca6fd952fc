func limitConcurrency(concurrency int, tasks []func()) {
    sem := make(chan struct{}, concurrency)
    var wg sync.WaitGroup
    
    for _, task := range tasks {
        wg.Add(1)
        sem <- struct{}{} // 获取令牌
        
        go func(task func()) {
            defer func() {
                <-sem // 释放令牌
                wg.Done()
            }()
            task()
        }(task)
    }
    
    wg.Wait()
}
