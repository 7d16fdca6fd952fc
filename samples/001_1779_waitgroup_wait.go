// Sample from seed block 001_1779: wg.Wait blocks until the goroutine's
// deferred wg.Done has run.
// Added: the package clause, the imports, main, a flag the goroutine sets
// in place of its "task" (marked "added:"), and a print of the flag after
// Wait: always true, since Done runs after the task.
package main

import (
    "fmt"
    "sync"
)

func main() {
    taskDone := false
    // --- seed block 001_1779 ---
    var wg sync.WaitGroup
    wg.Add(1)
    go func() {
        defer wg.Done()
        // 执行任务
        // added: the task
        taskDone = true
    }()

    // 等待goroutine完成
    wg.Wait()
    // --- end of seed block 001_1779 ---
    fmt.Println("task done:", taskDone)
}
