func main() {
    ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
    defer cancel()
    
    var wg sync.WaitGroup
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int, ctx context.Context) {
            defer wg.Done()
            
            select {
            case <-time.After(time.Duration(id) * time.Second):
                fmt.Printf("Worker %d done\n", id)
            case <-ctx.Done():
                fmt.Printf("Worker %d cancelled\n", id)
                return
            }
        }(i, ctx)
    }
    
    // 等待所有goroutine完成或超时
    done := make(chan struct{})
    go func() {
        wg.Wait()
        close(done)
    }()
    
    select {
    case <-done:
        fmt.Println("All workers completed")
    case <-ctx.Done():
        fmt.Println("Timed out waiting for workers")
        // 等待剩余goroutine完成
        wg.Wait()
    }
    
    fmt.Println("Continuing main")
}
