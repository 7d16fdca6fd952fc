var wg sync.WaitGroup
for i := 0; i < 5; i++ {
    wg.Add(1)
    go func(id int) {
        defer wg.Done()
        // 模拟任务处理
        time.Sleep(100 * time.Millisecond)
        fmt.Printf("Goroutine %d done\n", id)
    }(i)
}
wg.Wait() // 等待所有Goroutine完成
fmt.Println("All goroutines finished")
