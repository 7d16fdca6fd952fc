// Sample from seed block 001_1736: a goroutine polling ctx.Done() in a select
// with a default case returns once the context is cancelled.
// Added: the package clause, the imports, main, and after the block a wait
// until runtime.NumGoroutine() is back to 1 (main alone), then a print of
// it and of ctx.Err().
package main

import (
    "context"
    "fmt"
    "runtime"
    "time"
)

func main() {
    // --- seed block 001_1736 ---
    ctx, cancel := context.WithCancel(context.Background())
    go func(ctx context.Context) {
        for {
            select {
            case <-ctx.Done():
                // 收到取消信号，退出goroutine
                return
            default:
                // 执行任务
            }
        }
    }(ctx)

    // 在适当的时候取消
    cancel()
    // --- end of seed block 001_1736 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("goroutines:", runtime.NumGoroutine(), ctx.Err())
}
