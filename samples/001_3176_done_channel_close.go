// Sample from seed block 001_3176: a goroutine signals completion by closing
// a done channel; main's receive returns once it is closed.
// Added: the package clause, the imports, main, a result the goroutine sets
// in place of its "task" (marked "added:"), and a print of it after the
// receive: the close happens after the task, so main sees it.
package main

import "fmt"

func main() {
    result := 0
    // --- seed block 001_3176 ---
    done := make(chan struct{})
    go func() {
        // 执行任务
        // added: the task
        result = 42
        close(done) // 通知完成
    }()
    <-done // 等待完成
    // --- end of seed block 001_3176 ---
    fmt.Println("result:", result)
}
