func createLargeArray() [1024]int {
    var arr [1024]int
    // 大数组可能直接在堆上分配
    return arr
}
