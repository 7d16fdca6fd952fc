// Sample from seed block 001_693: a channel is safe to use from many
// goroutines at once: 10 send, 10 receive and print.
// As written, main returns before the goroutines run. The sample waits until
// runtime.NumGoroutine() is back to 1 (all 20 returned), and as goroutines
// print in no fixed order, the receivers' lines are collected by
// sortedPrintln (in place of fmt.Println, marked "added:") and printed
// sorted (as strings: 0, 1, ... 9).
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

func sortedPrintln(a ...interface{}) {
    sorted.Lock()
    defer sorted.Unlock()
    sorted.lines = append(sorted.lines, fmt.Sprintln(a...))
}

func flushSorted() {
    sorted.Lock()
    defer sorted.Unlock()
    sort.Strings(sorted.lines)
    fmt.Print(strings.Join(sorted.lines, ""))
    sorted.lines = nil
}

func main() {
    // --- seed block 001_693 ---
    // 安全的并发使用
    ch := make(chan int, 10)

    // 多个goroutine发送
    for i := 0; i < 10; i++ {
        go func(i int) {
            ch <- i
        }(i)
    }

    // 多个goroutine接收
    for i := 0; i < 10; i++ {
        go func() {
            val := <-ch
            // added: sortedPrintln instead of fmt.Println
            sortedPrintln(val)
        }()
    }
    // --- end of seed block 001_693 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    flushSorted()
}
