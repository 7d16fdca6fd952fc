// Sample from seed block 001_1809: a goroutine waits for its work or for the
// context's deadline, whichever comes first.
// The notes' durations (deadline 5 s, work 10 s) are shortened to 100 ms
// and 2 s: the deadline still comes first.
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
    // --- seed block 001_1809 ---
    // added: 5*time.Second shortened to 100 ms
    ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
    defer cancel()

    go func(ctx context.Context) {
        select {
        case <-ctx.Done():
            // 超时或取消，退出goroutine
            return
        // added: 10 * time.Second shortened to 2 s
        case <-time.After(2 * time.Second):
            // 完成任务
        }
    }(ctx)
    // --- end of seed block 001_1809 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("goroutines:", runtime.NumGoroutine(), ctx.Err())
}
