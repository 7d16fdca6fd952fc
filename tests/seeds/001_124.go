// 多个defer的执行顺序
func example() {
    defer fmt.Println("First")
    defer fmt.Println("Second")
    defer fmt.Println("Third")
}
// 输出顺序: Third, Second, First

// defer修改返回值
func example() (result int) {
    defer func() {
        result *= 2 // 修改命名返回值
    }()
    return 5 // 返回值会变成10
}
