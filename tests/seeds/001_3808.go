func main() {
    done := make(chan struct{})
    counter := int32(5)
    
    for i := 0; i < 5; i++ {
        go func(id int) {
            // 执行任务
            fmt.Printf("Worker %d done\n", id)
            
            // 原子减少计数
            if atomic.AddInt32(&counter, -1) == 0 {
                close(done)
            }
        }(i)
    }
    
    // 等待所有goroutine完成
    <-done
    fmt.Println("All workers done, continuing main")
}
