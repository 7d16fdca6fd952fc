var wg sync.WaitGroup

for i := 0; i < 5; i++ {
    wg.Add(1)
    go func(id int) {
        defer wg.Done()
        // 任务
    }(i)
}

wg.Wait() // 等待所有任务完成
