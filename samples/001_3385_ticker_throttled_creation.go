// Sample from seed block 001_3385: a time.Ticker spaces out the creation of
// goroutines to at most maxPerSecond.
// Added: the package clause, the imports, and a main running 5 tasks at 100
// a second (a tick every 10 ms; each goroutine starts after a tick, so the
// last one no sooner than 50 ms). Prints how many ran and whether it took
// at least 40 ms (timings vary; the lower bound does not).
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
    "time"
)

// --- seed block 001_3385 ---
func controlCreationRate(tasks []func(), maxPerSecond int) {
    interval := time.Second / time.Duration(maxPerSecond)
    ticker := time.NewTicker(interval)
    defer ticker.Stop()
    
    var wg sync.WaitGroup
    for _, task := range tasks {
        wg.Add(1)
        <-ticker.C // 限制创建速率
        
        go func(task func()) {
            defer wg.Done()
            task()
        }(task)
    }
    
    wg.Wait()
}
// --- end of seed block 001_3385 ---

func main() {
    var ran int32
    tasks := make([]func(), 5)
    for i := range tasks {
        tasks[i] = func() { atomic.AddInt32(&ran, 1) }
    }
    start := time.Now()
    controlCreationRate(tasks, 100)
    fmt.Println("ran:", ran, "took at least 40ms:", time.Since(start) >= 40*time.Millisecond)
}
