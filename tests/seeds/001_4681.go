// 具体类型版本
func printInt(x int) {
    fmt.Println(x)
}

// 接口类型版本（会导致逃逸）
func printAny(x interface{}) {
    fmt.Println(x)
}
