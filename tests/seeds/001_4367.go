// 错误示例
var result []*Data

func process() {
    data := loadLargeData()
    result = append(result, data) // 持续增长
}

// 正确示例
func process() {
    data := loadLargeData()
    // 处理完后显式释放
    processAndRelease(data)
}
