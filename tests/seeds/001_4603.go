func createSlice() []int {
    s := make([]int, 0)
    for i := 0; i < 100; i++ {
        s = append(s, i) // 可能导致扩容，数据逃逸
    }
    return s
}
