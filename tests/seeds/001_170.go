func main() {
    defer recover() // 无效，recover不是在defer函数内直接调用
    
    defer func() {
        func() {
            recover() // 无效，不是在defer函数内直接调用
        }()
    }()
    
    go func() {
        defer func() {
            recover() // 有效，但只能捕获这个goroutine的panic
        }()
        panic("Panic in goroutine")
    }()
    
    panic("Panic in main") // 这个panic不会被goroutine中的recover捕获
}
