// Sample from seed block 001_2348: an optimistic increment that retries
// LoadInt32 + CompareAndSwapInt32 until no other goroutine got in between.
// Added: the package clause, the imports, a main where 8 goroutines call
// incrementOptimistic 1000 times each, and a print of the total (always
// 8000: a failed CAS is retried, so no increment is lost).
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
)

// --- seed block 001_2348 ---
var counter int32

// 乐观锁方式增加计数
func incrementOptimistic() {
    for {
        old := atomic.LoadInt32(&counter)
        new := old + 1
        if atomic.CompareAndSwapInt32(&counter, old, new) {
            break // 成功更新
        }
        // 失败则重试
    }
}
// --- end of seed block 001_2348 ---

func main() {
    var wg sync.WaitGroup
    for g := 0; g < 8; g++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for i := 0; i < 1000; i++ {
                incrementOptimistic()
            }
        }()
    }
    wg.Wait()
    fmt.Println(atomic.LoadInt32(&counter))
}
