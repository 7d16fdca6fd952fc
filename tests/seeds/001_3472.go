func unsafeMapAccess() {
    defer func() {
        if r := recover(); r != nil {
            fmt.Println("Recovered from panic:", r)
            // 注意：此时map可能已损坏，不应继续使用
        }
    }()
    
    m := make(map[int]int)
    
    // 并发写入map
    for i := 0; i < 10; i++ {
        go func(i int) {
            m[i] = i // 可能导致panic
        }(i)
    }
    
           time.Sleep(time.Second)
}
