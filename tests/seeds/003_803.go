package main

import (
    "context"
    "fmt"
    "runtime"
    "time"
)

func leakyGoroutine(ctx context.Context) {
    ch := make(chan int)
    
    // 泄漏的Goroutine - 没有正确处理context取消
    go func() {
        for {
            select {
            case <-ch:
                return
            // 缺少ctx.Done()的处理
            }
        }
    }()
    
    // 修复版本
    go func() {
        for {
            select {
            case <-ch:
                return
            case <-ctx.Done():
                return
            }
        }
    }()
}

func main() {
    ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
    defer cancel()
    
    for i := 0; i < 100; i++ {
        leakyGoroutine(ctx)
    }
    
    fmt.Printf("Goroutines: %d\n", runtime.NumGoroutine())
    time.Sleep(6 * time.Second)
    fmt.Printf("Goroutines after timeout: %d\n", runtime.NumGoroutine())
}
