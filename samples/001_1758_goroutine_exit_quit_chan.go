// Sample from seed block 001_1758: a goroutine polling a quit channel in a
// select with a default case returns once the channel is closed.
// Added: the package clause, the imports, main, and after the block a wait
// until runtime.NumGoroutine() is back to 1 (main alone), then a print of
// it.
package main

import (
    "fmt"
    "runtime"
    "time"
)

func main() {
    // --- seed block 001_1758 ---
    quit := make(chan struct{})
    go func(quit chan struct{}) {
        for {
            select {
            case <-quit:
                // 收到退出信号，退出goroutine
                return
            default:
                // 执行任务
            }
        }
    }(quit)

    // 发送退出信号
    close(quit)
    // --- end of seed block 001_1758 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("goroutines:", runtime.NumGoroutine())
}
