// Sample from seed block 001_3318: a goroutine pool: workers range over an
// unbuffered task channel; Close closes it, Wait waits for the workers.
// Added: the package clause, the imports, and a main that submits 20 tasks
// to a pool of 4 (each adds its number to an atomic total), closes, waits
// and prints the total: always 190, whichever worker ran which task.
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
)

// --- seed block 001_3318 ---
type Pool struct {
    tasks   chan func()
    workers int
    wg      sync.WaitGroup
}

func NewPool(workers int) *Pool {
    p := &Pool{
        tasks:   make(chan func()),
        workers: workers,
    }
    p.start()
    return p
}

func (p *Pool) start() {
    for i := 0; i < p.workers; i++ {
        p.wg.Add(1)
        go func() {
            defer p.wg.Done()
            for task := range p.tasks {
                task()
            }
        }()
    }
}

func (p *Pool) Submit(task func()) {
    p.tasks <- task
}

func (p *Pool) Close() {
    close(p.tasks)
}

func (p *Pool) Wait() {
    p.wg.Wait()
}
// --- end of seed block 001_3318 ---

func main() {
    var total int64
    p := NewPool(4)
    for i := 0; i < 20; i++ {
        i := i
        p.Submit(func() { atomic.AddInt64(&total, int64(i)) })
    }
    p.Close()
    p.Wait()
    fmt.Println("total:", total)
}
