// 错误示例
type Person struct {
    name string // 小写，未导出
    Age  int
}

// 更好的做法
type Person struct {
    Name string `json:"name"`
    Age  int    `json:"age"`
}
