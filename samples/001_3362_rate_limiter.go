// Sample from seed block 001_3362: a token-bucket rate.Limiter (qps tokens a
// second, burst 1) throttles how fast goroutines start their tasks.
// golang.org/x/time/rate: the goldens were made with Go building against
// the project's copy, stdlib/golang.org/x/time (GOPATH mode).
// Added: the package clause, the imports, and a main running 5 tasks at
// 50 qps: the first takes the initial token, the others wait 20 ms apart,
// so the whole takes about 80 ms. Prints how many ran and whether it took
// at least 60 ms (timings vary; the lower bound does not).
package main

import (
    "context"
    "fmt"
    "sync"
    "sync/atomic"
    "time"

    "golang.org/x/time/rate"
)

// --- seed block 001_3362 ---
func useRateLimiter(qps int, tasks []func()) {
    limiter := rate.NewLimiter(rate.Limit(qps), 1)
    var wg sync.WaitGroup
    
    for _, task := range tasks {
        wg.Add(1)
        go func(task func()) {
            defer wg.Done()
            
            // 等待令牌
            limiter.Wait(context.Background())
            task()
        }(task)
    }
    
    wg.Wait()
}
// --- end of seed block 001_3362 ---

func main() {
    var ran int32
    tasks := make([]func(), 5)
    for i := range tasks {
        tasks[i] = func() { atomic.AddInt32(&ran, 1) }
    }
    start := time.Now()
    useRateLimiter(50, tasks)
    fmt.Println("ran:", ran, "took at least 60ms:", time.Since(start) >= 60*time.Millisecond)
}
