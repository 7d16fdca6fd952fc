// Sample from seed block 001_2158: atomic.AddInt32 returns the new value.
// The notes name the result `new`, shadowing the builtin: legal Go.
// Added: the package clause, the imports, main, a print of new and x.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2158 ---
    var x int32
    new := atomic.AddInt32(&x, 10) // x += 10
    // --- end of seed block 001_2158 ---
    fmt.Println(new, x)
    // a negative delta subtracts
    fmt.Println(atomic.AddInt32(&x, -3))
}
