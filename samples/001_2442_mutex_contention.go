// Sample from seed block 001_2442: 10 workers contend for one Mutex, each
// holding it across a (tiny) sleep 1000 times.
// The notes' main sleeps 5 s and prints nothing. The sample counts the
// critical sections (a counter incremented under the lock, marked
// "added:") and, in place of the 5 s sleep, waits until
// runtime.NumGoroutine() is back to 1 (all workers returned), then prints
// the count: always 10000, since the lock serializes the increments.
// Added: the package clause, the imports (the notes' main has none), the
// counter, the wait, the print.
package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

// added: the number of critical sections run
var sections int

// --- seed block 001_2442 ---
var mu sync.Mutex

func worker(id int) {
    for i := 0; i < 1000; i++ {
        mu.Lock()
        // 临界区操作
        // added: count the section
        sections++
        time.Sleep(time.Microsecond) // 模拟工作
        mu.Unlock()
    }
}

func main() {
    // 启动多个worker，会导致锁竞争
    for i := 0; i < 10; i++ {
        go worker(i)
    }
    // added: was time.Sleep(5 * time.Second); wait for the workers instead
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    // added: the count
    fmt.Println("critical sections:", sections)
}
// --- end of seed block 001_2442 ---
