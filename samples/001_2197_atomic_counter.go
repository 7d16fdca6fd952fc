// Sample from seed block 001_2197: an int64 counter updated and read with
// atomic operations.
// Added: the package clause, the imports, main, a print of count.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2197 ---
    var counter int64

    // 增加计数
    atomic.AddInt64(&counter, 1)

    // 获取计数
    count := atomic.LoadInt64(&counter)
    // --- end of seed block 001_2197 ---
    fmt.Println(count)
}
