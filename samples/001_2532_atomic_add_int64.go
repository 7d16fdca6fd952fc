// Sample from seed block 001_2532: atomic.AddInt64 on a counter.
// Added: the package clause, the imports, main, a print of the counter.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2532 ---
    var counter int64

    // 使用原子操作增加计数
    atomic.AddInt64(&counter, 1)
    // --- end of seed block 001_2532 ---
    fmt.Println(atomic.LoadInt64(&counter))
}
