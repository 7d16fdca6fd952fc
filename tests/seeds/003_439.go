// 问题代码：Goroutine泄漏
func badHandler(w http.ResponseWriter, r *http.Request) {
    ch := make(chan string)
    go func() {
        // 这个Goroutine可能永远阻塞
        result := <-ch
        fmt.Println(result)
    }()
    // ch从未被写入，导致Goroutine泄漏
}

// 修复代码：使用context控制
func goodHandler(w http.ResponseWriter, r *http.Request) {
    ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
    defer cancel()
    
    ch := make(chan string, 1)
    go func() {
        select {
        case result := <-ch:
            fmt.Println(result)
        case <-ctx.Done():
            return  // 避免Goroutine泄漏
        }
    }()
}
