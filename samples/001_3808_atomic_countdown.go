// Sample from seed block 001_3808: each worker decrements an atomic counter;
// the one that brings it to 0 closes done, which releases main.
// Goroutines print in no fixed order: the workers' lines are collected by
// sortedPrintf (in place of fmt.Printf, marked "added:") and printed sorted
// by flushSorted once done is closed (each worker prints before its
// decrement), before main's line.
// Added: the package clause, the imports, the sorted printing.
package main

import (
    "fmt"
    "sort"
    "strings"
    "sync"
    "sync/atomic"
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

// --- seed block 001_3808 ---
func main() {
    done := make(chan struct{})
    counter := int32(5)
    
    for i := 0; i < 5; i++ {
        go func(id int) {
            // 执行任务
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("Worker %d done\n", id)
            
            // 原子减少计数
            if atomic.AddInt32(&counter, -1) == 0 {
                close(done)
            }
        }(i)
    }
    
    // 等待所有goroutine完成
    <-done
    // added: the workers' lines, sorted
    flushSorted()
    fmt.Println("All workers done, continuing main")
}
// --- end of seed block 001_3808 ---
