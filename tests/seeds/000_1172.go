// 错误示例 - 会发生逃逸
func badExample() *int {
    x := 42
    return &x  // x逃逸到堆上
}

// 正确示例 - 避免逃逸
func goodExample(result *int) {
    *result = 42  // 使用调用者提供的内存
}
