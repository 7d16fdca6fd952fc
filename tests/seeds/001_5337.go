func recursiveFunction(n int) {
    if n <= 0 {
        return
    }
    // 大量局部变量
    var data [1024]byte
    // 使用data
    data[0] = byte(n)
    recursiveFunction(n-1) // 递归调用可能导致栈增长
}
