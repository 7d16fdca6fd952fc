func main() {
    var wg sync.WaitGroup
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            // 执行任务
            fmt.Printf("Worker %d done\n", id)
        }(i)
    }
    
    // 主协程等待所有工作协程完成
    wg.Wait()
    fmt.Println("All workers done, continuing main")
}
