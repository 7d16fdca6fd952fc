func heapExample() *int {
    x := 42
    return &x              // x逃逸到堆上
}

func makeSlice() []int {
    return make([]int, 1000) // 大切片的底层数组在堆上
}

func makeMap() map[string]int {
    return make(map[string]int) // map在堆上
}
