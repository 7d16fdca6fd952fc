// Sample from seed block 001_2146: atomic.LoadInt32 reads an int32 as one
// indivisible operation.
// Added: the package clause, the imports, main, a print of the value read.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2146 ---
    var x int32
    v := atomic.LoadInt32(&x)
    // --- end of seed block 001_2146 ---
    fmt.Println(v)
}
