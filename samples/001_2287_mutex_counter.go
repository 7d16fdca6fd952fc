// Sample from seed block 001_2287: a counter incremented under a Mutex, with
// the Unlock deferred.
// Added: the package clause, the imports, a main where 10 goroutines call
// increment 100 times each, and a print of the count (always 1000).
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_2287 ---
var mu sync.Mutex
var count int

func increment() {
    mu.Lock()         // 先获取锁
    defer mu.Unlock() // 确保释放锁
    count++           // 操作共享资源
}
// --- end of seed block 001_2287 ---

func main() {
    var wg sync.WaitGroup
    for g := 0; g < 10; g++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                increment()
            }
        }()
    }
    wg.Wait()
    fmt.Println(count)
}
