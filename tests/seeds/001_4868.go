func memoryAllocationExample() {
    // 栈分配
    x := 42                // int在栈上
    y := [4]int{1, 2, 3, 4} // 小数组在栈上
    
    // 可能的堆分配
    p := &x                // x逃逸到堆上
    s := make([]int, 10)   // 切片底层数组在堆上
    m := make(map[string]int) // map在堆上
    
    // 大对象直接在堆上
    largeArray := make([]byte, 10<<20) // 10MB
    
    // 使用变量避免编译器优化
    fmt.Println(x, y, p, s, m, len(largeArray))
}
