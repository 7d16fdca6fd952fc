// Sample from seed block 001_3510: goroutines Store into a sync.Map, which
// needs no lock of the caller's.
// As written, main returns before the goroutines run. The sample waits
// until runtime.NumGoroutine() is back to 1 (all returned), then sums what
// Range sees (Range's order is not fixed; the sum is).
// Added: the package clause, the imports, main, the wait, the print.
package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

func main() {
    // --- seed block 001_3510 ---
    var m sync.Map

    for i := 0; i < 10; i++ {
        go func(i int) {
            m.Store(i, i)
        }(i)
    }
    // --- end of seed block 001_3510 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    n, sum := 0, 0
    m.Range(func(key, value interface{}) bool {
        n++
        sum += value.(int)
        return true
    })
    fmt.Println("entries:", n, "sum:", sum)
}
