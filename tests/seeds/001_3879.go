func main() {
    g, ctx := errgroup.WithContext(context.Background())
    
    for i := 0; i < 5; i++ {
        id := i
        g.Go(func() error {
            // 检查是否已取消
            select {
            case <-ctx.Done():
                return ctx.Err()
            default:
            }
            
            // 执行任务
            if id == 3 {
                return fmt.Errorf("worker %d failed", id)
            }
            
            fmt.Printf("Worker %d done\n", id)
            return nil
        })
    }
    
    // 等待所有goroutine完成并检查错误
    if err := g.Wait(); err != nil {
        fmt.Println("Error:", err)
    }
    
    fmt.Println("Continuing main")
}
