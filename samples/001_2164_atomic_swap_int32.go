// Sample from seed block 001_2164: atomic.SwapInt32 stores the new value and
// returns the old one.
// Added: the package clause, the imports, main, a print of old and x.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2164 ---
    var x int32
    old := atomic.SwapInt32(&x, 42) // 返回x的旧值，并设置x为42
    // --- end of seed block 001_2164 ---
    fmt.Println(old, x)
}
