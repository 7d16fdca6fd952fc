// Sample from seed block 001_3212: a buffered channel as a semaphore caps how
// many tasks run at once: a token is sent before starting a goroutine and
// received back when its task ends.
// Added: the package clause, the imports, and a main running 10 tasks of
// 10 ms with a limit of 3; each task records how many run at once. Prints
// how many ran and whether the limit held (which tasks overlap is timing,
// not printed).
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
    "time"
)

// --- seed block 001_3212 ---
func limitConcurrency(concurrency int, tasks []func()) {
    sem := make(chan struct{}, concurrency)
    var wg sync.WaitGroup
    
    for _, task := range tasks {
        wg.Add(1)
        sem <- struct{}{} // 获取令牌
        
        go func(task func()) {
            defer func() {
                <-sem // 释放令牌
                wg.Done()
            }()
            task()
        }(task)
    }
    
    wg.Wait()
}
// --- end of seed block 001_3212 ---

var running, maxRunning, ran int32

// task records the number of tasks running with it in maxRunning.
func task() {
    r := atomic.AddInt32(&running, 1)
    for {
        m := atomic.LoadInt32(&maxRunning)
        if r <= m || atomic.CompareAndSwapInt32(&maxRunning, m, r) {
            break
        }
    }
    time.Sleep(10 * time.Millisecond)
    atomic.AddInt32(&running, -1)
    atomic.AddInt32(&ran, 1)
}

func main() {
    tasks := make([]func(), 10)
    for i := range tasks {
        tasks[i] = task
    }
    limitConcurrency(3, tasks)
    fmt.Println("ran:", ran, "at most 3 at once:", maxRunning <= 3)
}
