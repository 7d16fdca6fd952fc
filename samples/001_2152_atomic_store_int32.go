// Sample from seed block 001_2152: atomic.StoreInt32 writes an int32 as one
// indivisible operation.
// Added: the package clause, the imports, main, a print of x.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2152 ---
    var x int32
    atomic.StoreInt32(&x, 42)
    // --- end of seed block 001_2152 ---
    fmt.Println(atomic.LoadInt32(&x))
}
