var wg sync.WaitGroup
wg.Add(1)
go func() {
    defer wg.Done()
    // 执行任务
}()

// 等待goroutine完成
wg.Wait()
