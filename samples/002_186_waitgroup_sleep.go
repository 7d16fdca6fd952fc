// Sample from seed block 002_186: 5 goroutines each sleep 100 ms and print;
// main waits for all with a WaitGroup, then prints.
// Goroutines print in no fixed order: their lines are collected by
// sortedPrintf (in place of fmt.Printf, marked "added:") and printed sorted
// by flushSorted once Wait has returned, before main's line.
// Added: the package clause, the imports, main, the sorted printing.
package main

import (
    "fmt"
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

func main() {
    // --- seed block 002_186 ---
    var wg sync.WaitGroup
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            // 模拟任务处理
            time.Sleep(100 * time.Millisecond)
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("Goroutine %d done\n", id)
        }(i)
    }
    wg.Wait() // 等待所有Goroutine完成
    // added: the goroutines' lines, sorted
    flushSorted()
    fmt.Println("All goroutines finished")
    // --- end of seed block 002_186 ---
}
