// 可能导致逃逸
func process(data *MyStruct) {
    // 处理data
}

// 对于小结构体，使用值传递
func process(data MyStruct) {
    // 处理data
}
