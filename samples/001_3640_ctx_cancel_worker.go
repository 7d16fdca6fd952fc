// Sample from seed block 001_3640: a worker loop that checks ctx.Done()
// between units of work and returns when the context is cancelled.
// The notes cancel after 2 s; the sample after 250 ms (shortened). As
// written, main returns right after cancel(), before the worker may print
// "Work cancelled": the sample waits until runtime.NumGoroutine() is back
// to 1 (the worker returned).
// The block mixes declarations and statements: the declarations stay at the
// top level, the statements move into main.
// Added: the package clause, the imports, main, the wait.
package main

import (
    "context"
    "fmt"
    "runtime"
    "time"
)

// --- seed block 001_3640 (declarations) ---
func doWork(ctx context.Context) {
    for {
        select {
        case <-ctx.Done():
            fmt.Println("Work cancelled")
            return
        default:
            // 执行工作
            time.Sleep(100 * time.Millisecond)
        }
    }
}
// --- end of seed block 001_3640 (declarations) ---

func main() {
    // --- seed block 001_3640 (statements) ---
    ctx, cancel := context.WithCancel(context.Background())
    go doWork(ctx)

    // 稍后取消
    // added: 2 * time.Second shortened to 250 ms
    time.Sleep(250 * time.Millisecond)
    cancel()
    // --- end of seed block 001_3640 (statements) ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
}
