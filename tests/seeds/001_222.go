// 加法溢出检测
func AddUint32Safe(a, b uint32) (uint32, bool) {
    sum := a + b
    if sum < a {
        return sum, false // 发生溢出
    }
    return sum, true // 安全
}
