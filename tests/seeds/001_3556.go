func main() {
    defer func() {
        if r := recover(); r != nil {
            fmt.Println("Recovered in main:", r)
        }
    }()
    
    m := make(map[int]int)
    
    go func() {
        for i := 0; i < 10; i++ {
            m[i] = i // 可能导致panic
        }
    }()
    
    go func() {
        for i := 0; i < 10; i++ {
            m[i+10] = i // 可能导致panic
        }
    }()
    
    // 这里的defer+recover无法捕获其他goroutine的panic
    time.Sleep(time.Second)
    fmt.Println("Program completed")
}
