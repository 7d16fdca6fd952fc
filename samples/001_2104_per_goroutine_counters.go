// Sample from seed block 001_2104: each worker goroutine counts in its own
// local variable, so no locking is needed.
// As written, main returns before the workers print. The sample waits until
// runtime.NumGoroutine() is back to 1 (all workers returned), and as
// goroutines print in no fixed order, the workers' lines are collected by
// sortedPrintf (in place of fmt.Printf, marked "added:") and printed
// sorted by flushSorted.
// The block mixes declarations and statements: the declarations stay at the
// top level, the statements move into main.
// Added: the package clause, the imports, main, the sorted printing, the
// wait.
package main

import (
    "fmt"
    "runtime"
    "sort"
    "strings"
    "sync"
    "time"
)

// added: goroutines' lines, printed sorted by flushSorted
var sorted struct {
    sync.Mutex
    lines []string
}

func sortedPrintf(format string, a ...interface{}) {
    sorted.Lock()
    defer sorted.Unlock()
    sorted.lines = append(sorted.lines, fmt.Sprintf(format, a...))
}

func flushSorted() {
    sorted.Lock()
    defer sorted.Unlock()
    sort.Strings(sorted.lines)
    fmt.Print(strings.Join(sorted.lines, ""))
    sorted.lines = nil
}

// --- seed block 001_2104 (declarations) ---
func worker(id int) {
    // 每个worker有自己的计数器
    counter := 0
    for i := 0; i < 1000; i++ {
        counter++
    }
    // added: sortedPrintf instead of fmt.Printf
    sortedPrintf("Worker %d: %d\n", id, counter)
}
// --- end of seed block 001_2104 (declarations) ---

func main() {
    // --- seed block 001_2104 (statements) ---
    // 启动多个worker
    for i := 0; i < 10; i++ {
        go worker(i)
    }
    // --- end of seed block 001_2104 (statements) ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    flushSorted()
}
