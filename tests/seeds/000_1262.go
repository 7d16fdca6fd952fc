// 高频类型断言优化
func processValue(v interface{}) {
    // 使用type switch比多次类型断言效率更高
    switch val := v.(type) {
    case int:
        // 处理int
    case string:
        // 处理string
    case []byte:
        // 处理[]byte
    default:
        // 处理其他类型
    }
}
