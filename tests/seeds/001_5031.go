func createCollections() {
    ch := make(chan int)    // 在堆上
    m := make(map[string]int) // 在堆上
    s := make([]int, 10)    // 底层数组在堆上
}
