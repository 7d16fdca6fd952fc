func createLargeArray() {
    arr := [10000]int{} // 可能在堆上
    // 使用arr
}
