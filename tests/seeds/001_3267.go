// 使用semaphore
func useSemaphore(ctx context.Context, concurrency int64, tasks []func() error) error {
    sem := semaphore.NewWeighted(concurrency)
    var wg sync.WaitGroup
    var errOnce sync.Once
    var firstErr error
    
    for _, task := range tasks {
        if err := sem.Acquire(ctx, 1); err != nil {
            return err
        }
        
        wg.Add(1)
        go func(task func() error) {
            defer func() {
                sem.Release(1)
                wg.Done()
            }()
            
            if err := task(); err != nil {
                errOnce.Do(func() {
                    firstErr = err
                })
            }
        }(task)
    }
    
    wg.Wait()
    return firstErr
}

// 使用errgroup
func useErrGroup(ctx context.Context, concurrency int, tasks []func() error) error {
    g, ctx := errgroup.WithContext(ctx)
    g.SetLimit(concurrency) // Go 1.18+
    
    for _, task := range tasks {
        task := task
        g.Go(func() error {
            return task()
        })
    }
    
    return g.Wait()
}
