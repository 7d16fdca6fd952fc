func workerPool(concurrency int, tasks []func()) {
    var wg sync.WaitGroup
    taskCh := make(chan func())
    
    // 启动固定数量的worker
    for i := 0; i < concurrency; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for task := range taskCh {
                task()
            }
        }()
    }
    
    // 分发任务
    for _, task := range tasks {
        taskCh <- task
    }
    close(taskCh)
    
    wg.Wait()
}
