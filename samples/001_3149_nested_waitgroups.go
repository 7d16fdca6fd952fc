// Sample from seed block 001_3149: an outer WaitGroup over two goroutines,
// one of which waits on an inner WaitGroup over three more.
// Added: the package clause, the imports, main, atomic counts of the inner
// and outer tasks in place of their comments (marked "added:"), and a print
// of the counts after the outer Wait: always 3 and 1.
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
)

func main() {
    var inner, other int32
    // --- seed block 001_3149 ---
    var wgOuter, wgInner sync.WaitGroup

    wgOuter.Add(2)
    go func() {
        defer wgOuter.Done()
        
        wgInner.Add(3)
        for i := 0; i < 3; i++ {
            go func(id int) {
                defer wgInner.Done()
                // 内部任务
                // added: the task
                atomic.AddInt32(&inner, 1)
            }(i)
        }
        wgInner.Wait() // 等待内部任务完成
    }()

    go func() {
        defer wgOuter.Done()
        // 另一个任务
        // added: the task
        atomic.AddInt32(&other, 1)
    }()

    wgOuter.Wait() // 等待所有外部任务完成
    // --- end of seed block 001_3149 ---
    fmt.Println("inner tasks:", atomic.LoadInt32(&inner), "other tasks:", atomic.LoadInt32(&other))
}
