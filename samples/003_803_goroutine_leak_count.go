// Sample from seed block 003_803: each call starts a goroutine that waits
// only on a channel no one uses (it leaks) and one that also waits on
// ctx.Done() (it returns at the deadline): 100 calls give 201 goroutines,
// and after the deadline the 100 leaky ones (and main) remain.
// The notes' deadline of 5 s and sleep of 6 s are shortened to 200 ms and
// 400 ms (marked "added:").
// Added: only the shorter durations.
// --- seed block 003_803 ---
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
    // added: was 5*time.Second
    ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
    defer cancel()
    
    for i := 0; i < 100; i++ {
        leakyGoroutine(ctx)
    }
    
    fmt.Printf("Goroutines: %d\n", runtime.NumGoroutine())
    // added: was 6 * time.Second
    time.Sleep(400 * time.Millisecond)
    fmt.Printf("Goroutines after timeout: %d\n", runtime.NumGoroutine())
}
// --- end of seed block 003_803 ---
