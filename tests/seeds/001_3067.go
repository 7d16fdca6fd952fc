var wg sync.WaitGroup

for i := 0; i < 5; i++ {
    wg.Add(1)
    go func(id int) {
        defer wg.Done()
        // 执行任务
        fmt.Printf("Worker %d done\n", id)
    }(i)
}

wg.Wait() // 等待所有worker完成
fmt.Println("All workers done")
