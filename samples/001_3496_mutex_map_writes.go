// Sample from seed block 001_3496: goroutines write a shared map under a
// Mutex, which makes the concurrent writes safe.
// As written, main returns before the goroutines run. The sample waits
// until runtime.NumGoroutine() is back to 1 (all returned) and prints the
// map.
// Added: the package clause, the imports, main, the wait, the print.
package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

func main() {
    // --- seed block 001_3496 ---
    var mu sync.Mutex
    m := make(map[int]int)

    for i := 0; i < 10; i++ {
        go func(i int) {
            mu.Lock()
            m[i] = i
            mu.Unlock()
        }(i)
    }
    // --- end of seed block 001_3496 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    mu.Lock()
    fmt.Println(len(m), m)
    mu.Unlock()
}
