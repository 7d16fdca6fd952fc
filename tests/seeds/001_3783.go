func main() {
    done := make(chan struct{})
    count := 5
    
    for i := 0; i < count; i++ {
        go func(id int) {
            // 执行任务
            fmt.Printf("Worker %d done\n", id)
            done <- struct{}{}
        }(i)
    }
    
    // 等待所有goroutine完成
    for i := 0; i < count; i++ {
        <-done
    }
    
    fmt.Println("All workers done, continuing main")
}
