// Sample from seed block 000_698: a worker pool whose workers select between
// an unbuffered task channel and a quit channel.
// Added: the package clause, the imports, and a main that starts 3 workers,
// hands them 10 tasks (each sends its square back), sums the results,
// closes quit and waits until runtime.NumGoroutine() is back to 1 (every
// worker saw quit and returned). Which worker ran which task is not fixed;
// the sum is.
package main

import (
    "fmt"
    "runtime"
    "time"
)

// --- seed block 000_698 ---
type WorkerPool struct {
    tasks    chan Task
    workers  int
    quit     chan bool
}

type Task func()

func NewWorkerPool(workers int) *WorkerPool {
    return &WorkerPool{
        tasks:   make(chan Task),
        workers: workers,
        quit:    make(chan bool),
    }
}

func (wp *WorkerPool) Start() {
    for i := 0; i < wp.workers; i++ {
        go wp.worker()
    }
}

func (wp *WorkerPool) worker() {
    for {
        select {
        case task := <-wp.tasks:
            task()
        case <-wp.quit:
            return
        }
    }
}
// --- end of seed block 000_698 ---

func main() {
    wp := NewWorkerPool(3)
    wp.Start()
    results := make(chan int, 10)
    for i := 1; i <= 10; i++ {
        i := i
        wp.tasks <- func() { results <- i * i }
    }
    sum := 0
    for i := 0; i < 10; i++ {
        sum += <-results
    }
    fmt.Println("sum of squares:", sum)
    close(wp.quit)
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    fmt.Println("workers stopped, goroutines:", runtime.NumGoroutine())
}
