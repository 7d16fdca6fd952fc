// Sample from seed block 001_1725: a goroutine ends when its function
// returns.
// Added: the package clause, the imports, main, and after the block a wait
// until runtime.NumGoroutine() is back to 1 (main alone), then a print of
// it: the goroutine is gone once it has returned.
package main

import (
    "fmt"
    "runtime"
    "time"
)

func main() {
    // --- seed block 001_1725 ---
    go func() {
        // 执行任务
        // 函数返回后，goroutine自动退出
    }()
    // --- end of seed block 001_1725 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("goroutines:", runtime.NumGoroutine())
}
