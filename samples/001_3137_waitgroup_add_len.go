// Sample from seed block 001_3137: one wg.Add(len(tasks)) before starting a
// goroutine per task.
// Added: the package clause, the imports, main, the Task type, getTasks,
// process and wg that the notes leave undefined (process adds the task to
// an atomic total), a Wait after the block and a print of the total.
package main

import (
    "fmt"
    "sync"
    "sync/atomic"
)

// added: the notes' Task, getTasks and process
type Task int

func getTasks() []Task { return []Task{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} }

var total int64

func process(t Task) { atomic.AddInt64(&total, int64(t)) }

func main() {
    // added: the notes' wg
    var wg sync.WaitGroup
    // --- seed block 001_3137 ---
    tasks := getTasks()
    wg.Add(len(tasks))
    for _, task := range tasks {
        go func(t Task) {
            defer wg.Done()
            process(t)
        }(task)
    }
    // --- end of seed block 001_3137 ---
    wg.Wait()
    fmt.Println("total:", atomic.LoadInt64(&total))
}
