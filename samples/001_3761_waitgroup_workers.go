// Sample from seed block 001_3761: main waits for 5 workers with a
// WaitGroup before going on.
// Goroutines print in no fixed order: the workers' lines are collected by
// sortedPrintf (in place of fmt.Printf, marked "added:") and printed sorted
// by flushSorted once Wait has returned, before main's line.
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

// --- seed block 001_3761 ---
func main() {
    var wg sync.WaitGroup
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            // 执行任务
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("Worker %d done\n", id)
        }(i)
    }
    
    // 主协程等待所有工作协程完成
    wg.Wait()
    // added: the workers' lines, sorted
    flushSorted()
    fmt.Println("All workers done, continuing main")
}
// --- end of seed block 001_3761 ---
