// Sample from seed block 001_3238: a fixed number of worker goroutines take
// tasks from an unbuffered channel until it is closed.
// Added: the package clause, the imports, and a main running 10 tasks of
// 10 ms on 3 workers; each task records how many run at once. Prints how
// many ran and whether no more than 3 ran at once (which tasks overlap is
// timing, not printed).
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
    "time"
)

// --- seed block 001_3238 ---
func workerPool(concurrency int, tasks []func()) {
    var wg sync.WaitGroup
    taskCh := make(chan func())
    
    // 启动固定数量的worker
    for i := 0; i < concurrency; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for task := range taskCh {
                task()
            }
        }()
    }
    
    // 分发任务
    for _, task := range tasks {
        taskCh <- task
    }
    close(taskCh)
    
    wg.Wait()
}
// --- end of seed block 001_3238 ---

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
    workerPool(3, tasks)
    fmt.Println("ran:", ran, "at most 3 at once:", maxRunning <= 3)
}
