// Sample from seed block 004_112: three ways to time out: a context with a
// deadline (a goroutine waits on ctx.Done()), time.After in a select, and
// a time.Timer whose channel fires once.
// The notes declare wg twice (two alternatives): the second is in a { }
// block. Their 1 s durations are shortened to 100 ms (marked "added:").
// Added: the package clause, the imports, main, the { } block, a print
// after the timer fires.
package main

import (
    "context"
    "fmt"
    "sync"
    "time"
)

func main() {
    // --- seed block 004_112 ---
    // added: was 1*time.Second
    ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
    defer cancel() // 始终 cancel()
    var wg sync.WaitGroup
    wg.Add(1)
    go func() {
        defer wg.Done()
        <-ctx.Done() // 通知goroutine关闭了
        fmt.Println("超时")
    }()
    wg.Wait()


    // added: a { } block: this alternative redeclares wg
    {
        var wg sync.WaitGroup
        wg.Add(1)
        go func() {
            defer wg.Done()
            select {
            // added: was 1 * time.Second
            case <-time.After(100 * time.Millisecond): // 获取
                fmt.Println("超时")
            }
        }()
        wg.Wait()
    }

    // time.After
    // added: was 1 * time.Second
    timer := time.NewTimer(100 * time.Millisecond)
    defer timer.Stop()
    <-timer.C
    // --- end of seed block 004_112 ---
    fmt.Println("timer fired; ctx:", ctx.Err())
}
