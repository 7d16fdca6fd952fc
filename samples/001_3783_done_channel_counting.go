// Sample from seed block 001_3783: main waits for 5 workers by receiving one
// value per worker from a done channel.
// Goroutines print in no fixed order: the workers' lines are collected by
// sortedPrintf (in place of fmt.Printf, marked "added:") and printed sorted
// by flushSorted once all 5 have reported, before main's line.
// Added: the package clause, the imports, the sorted printing.
package main

import (
    "fmt"
    "sort"
    "strings"
    "sync"
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

// --- seed block 001_3783 ---
func main() {
    done := make(chan struct{})
    count := 5
    
    for i := 0; i < count; i++ {
        go func(id int) {
            // 执行任务
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("Worker %d done\n", id)
            done <- struct{}{}
        }(i)
    }
    
    // 等待所有goroutine完成
    for i := 0; i < count; i++ {
        <-done
    }
    
    // added: the workers' lines, sorted
    flushSorted()
    fmt.Println("All workers done, continuing main")
}
// --- end of seed block 001_3783 ---
