// Sample from seed block 001_2778: Add(1) before each go statement, a
// deferred Done in the goroutine, Wait for all of them.
// Added: the package clause, the imports, main, an atomic count of the
// tasks in place of the "task" comment (marked "added:"), and a print of
// the count after Wait: always 5.
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
)

func main() {
    var tasks int32
    // --- seed block 001_2778 ---
    var wg sync.WaitGroup

    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            // 任务
            // added: the task
            atomic.AddInt32(&tasks, 1)
        }(i)
    }

    wg.Wait() // 等待所有任务完成
    // --- end of seed block 001_2778 ---
    fmt.Println("tasks done:", atomic.LoadInt32(&tasks))
}
