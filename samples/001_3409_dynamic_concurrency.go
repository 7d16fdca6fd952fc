// Sample from seed block 001_3409: a sketch of adjustable concurrency: a
// channel of capacity n caps running tasks, and a monitor goroutine would
// adjust n every second (its body is comments: a channel's capacity cannot
// change). The monitor never stops; it ends with the program.
// Added: the package clause, the imports, and a main running 10 tasks of
// 10 ms with an initial concurrency of 3; each task records how many run at
// once. Prints how many ran and whether no more than 3 ran at once.
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
    "time"
)

// --- seed block 001_3409 ---
func dynamicConcurrency(tasks []func(), initialConcurrency int) {
    concurrency := initialConcurrency
    activeTasks := make(chan struct{}, concurrency)
    var wg sync.WaitGroup
    
    // 监控goroutine，动态调整并发数
    go func() {
        ticker := time.NewTicker(time.Second)
        defer ticker.Stop()
        
        for range ticker.C {
            // 根据系统负载调整concurrency
            // ...
            
            // 更新channel容量（实际无法直接调整，这里是示意）
            // 实际实现需要创建新channel并迁移
        }
    }()
    
    for _, task := range tasks {
        wg.Add(1)
        activeTasks <- struct{}{}
        
        go func(task func()) {
            defer func() {
                <-activeTasks
                wg.Done()
            }()
            task()
        }(task)
    }
    
    wg.Wait()
}
// --- end of seed block 001_3409 ---

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
    dynamicConcurrency(tasks, 3)
    fmt.Println("ran:", ran, "at most 3 at once:", maxRunning <= 3)
}
