// Sample from seed block 001_4386: a goroutine looping on a ticker with no
// way out leaks (with its ticker); the fixed version also selects on
// ctx.Done() and stops the ticker when it returns.
// The notes declare startWorker twice (the leaky and the fixed version):
// the second is renamed startWorkerCtx. The ticker period of a minute is
// shortened to 10 ms.
// Added: the package clause, the imports, the rename, a doWork the notes
// leave undefined (it counts), and a main that starts both, waits for 4
// ticks, cancels the context and waits until runtime.NumGoroutine() is down
// to 2: main and the leaky worker, which nothing can stop.
package main

import (
    "context"
    "fmt"
    "runtime"
    "sync/atomic"
    "time"
)

// added: the notes' doWork
var works int32

func doWork() { atomic.AddInt32(&works, 1) }

// added: the notes' time.Minute, shortened
const period = 10 * time.Millisecond

// --- seed block 001_4386 ---
// 错误示例
func startWorker() {
    // added: was time.Minute
    ticker := time.NewTicker(period)
    go func() {
        for {
            select {
            case <-ticker.C:
                doWork()
            }
        }
    }()
    // 忘记在适当时机调用ticker.Stop()
}

// 正确示例
// added: renamed from startWorker (declared twice in the notes)
func startWorkerCtx(ctx context.Context) {
    // added: was time.Minute
    ticker := time.NewTicker(period)
    go func() {
        defer ticker.Stop()
        for {
            select {
            case <-ticker.C:
                doWork()
            case <-ctx.Done():
                return
            }
        }
    }()
}
// --- end of seed block 001_4386 ---

func main() {
    ctx, cancel := context.WithCancel(context.Background())
    startWorker()
    startWorkerCtx(ctx)
    fmt.Println("goroutines:", runtime.NumGoroutine())
    for atomic.LoadInt32(&works) < 4 {
        time.Sleep(period)
    }
    cancel()
    for runtime.NumGoroutine() > 2 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("after cancel:", runtime.NumGoroutine(), "(the leaky worker is still running)")
}
