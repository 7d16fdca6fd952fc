// 错误示例
for i := 0; i < 1000000; i++ {
    s := fmt.Sprintf("Number: %d", i) // 每次分配新字符串
    process(s)
}

// 更好的做法
var builder strings.Builder
for i := 0; i < 1000000; i++ {
    builder.Reset()
    fmt.Fprintf(&builder, "Number: %d", i)
    process(builder.String())
}
