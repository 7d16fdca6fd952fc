func benchmark() {
    // 栈分配 - 更快
    start := time.Now()
    for i := 0; i < 1000000; i++ {
        x := [10]int{}
        x[0] = i
    }
    fmt.Println("Stack:", time.Since(start))
    
    // 堆分配 - 更慢
    start = time.Now()
    for i := 0; i < 1000000; i++ {
        x := make([]int, 10)
        x[0] = i
    }
    fmt.Println("Heap:", time.Since(start))
}
