// Sample from seed block 001_5528: a goroutine reading a channel in an
// endless loop leaks once no one sends any more; the fixed version also
// selects on ctx.Done() and returns when the context is cancelled.
// Added: the package clause, the imports, main, the dataCh, ctx and process
// the notes leave undefined (process adds to an atomic total), sends of 10
// values after the block, the cancel, and a wait until
// runtime.NumGoroutine() is down to 2: main and the first goroutine, which
// leaks. Which goroutine received which value is not fixed; the total is.
package main

import (
    "context"
    "fmt"
    "runtime"
    "sync/atomic"
    "time"
)

// added: the notes' process
var total int64

func process(v int) { atomic.AddInt64(&total, int64(v)) }

func main() {
    // added: the notes' dataCh and ctx
    dataCh := make(chan int)
    ctx, cancel := context.WithCancel(context.Background())
    // --- seed block 001_5528 ---
    // 修复前
    go func() {
        for {
            data := <-dataCh
            process(data)
        }
    }()

    // 修复后
    go func() {
        for {
            select {
            case data := <-dataCh:
                process(data)
            case <-ctx.Done():
                return
            }
        }
    }()
    // --- end of seed block 001_5528 ---
    for i := 1; i <= 10; i++ {
        dataCh <- i
    }
    cancel()
    for runtime.NumGoroutine() > 2 {
        time.Sleep(time.Millisecond)
    }
    // the last value may still be in process(): wait for the total
    for atomic.LoadInt64(&total) != 55 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("total:", atomic.LoadInt64(&total))
    fmt.Println("goroutines after cancel:", runtime.NumGoroutine(), "(the first one leaks)")
}
