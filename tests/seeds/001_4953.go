func process(x int, y float64) int {
    // x, y在栈上
    return x + int(y) // 返回值在栈上
}
