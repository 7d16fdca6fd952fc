// Sample from seed block 001_1794: a goroutine can end itself by panicking
// and recovering in a deferred function (the notes advise against it).
// Added: the package clause, the imports, main, a print of the recovered
// value in the recover branch (a comment in the notes), and after the
// block a wait until runtime.NumGoroutine() is back to 1 (main alone), then
// a print of it.
package main

import (
    "fmt"
    "runtime"
    "time"
)

func main() {
    // --- seed block 001_1794 ---
    go func() {
        defer func() {
            if r := recover(); r != nil {
                // 处理panic
                // added: a print
                fmt.Println("recovered:", r)
            }
        }()
        // 某些条件下
        panic("forced exit") // 不推荐
    }()
    // --- end of seed block 001_1794 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("goroutines:", runtime.NumGoroutine())
}
