func main() {
    var wg sync.WaitGroup
    var once sync.Once
    done := make(chan struct{})
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer func() {
                wg.Done()
                // 最后一个完成的goroutine关闭channel
                once.Do(func() {
                    close(done)
                })
            }()
            
            // 执行任务
            fmt.Printf("Worker %d done\n", id)
        }(i)
    }
    
    // 等待通知
    <-done
    fmt.Println("At least one worker done, continuing main")
    
    // 确保所有goroutine都完成
    wg.Wait()
    fmt.Println("All workers done")
}
