func worker(id int) {
    // 每个worker有自己的计数器
    counter := 0
    for i := 0; i < 1000; i++ {
        counter++
    }
    fmt.Printf("Worker %d: %d\n", id, counter)
}

// 启动多个worker
for i := 0; i < 10; i++ {
    go worker(i)
}
