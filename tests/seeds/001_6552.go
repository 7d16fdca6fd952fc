// 错误示例
t1 := time.Now()
t2 := time.Now().UTC()
if t1.Before(t2) {
    // 可能不准确，因为时区不同
}

// 更好的做法
t1 := time.Now().UTC()
t2 := time.Now().UTC()
if t1.Before(t2) {
    // 正确比较
}
