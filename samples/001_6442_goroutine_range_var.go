// Sample from seed block 001_6442: goroutines started in a for-range loop
// that use the loop variable share it (one variable per loop in Go 1.19;
// Go 1.22 made it one per iteration), so they may all print its last value;
// a copy per iteration, or a parameter, fixes it.
// Made deterministic: which value a goroutine of the first loop sees
// depends on when it runs. With GOMAXPROCS(1) (marked "added:") the new
// goroutines wait until main blocks, after the loop has ended, so all three
// print the last value, as they nearly always do anyway. Goroutines print
// in no fixed order: their lines are collected by sortedPrintln (in place
// of fmt.Println, marked "added:") and printed sorted after each loop, once
// runtime.NumGoroutine() is back to 1 (the loop's goroutines returned).
// Added: the package clause, the imports, main, the values the notes leave
// undefined, GOMAXPROCS(1), the sorted printing, the waits.
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

// flushSorted waits until the goroutines have returned, then prints their
// lines sorted.
func flushSorted(title string) {
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    sorted.Lock()
    defer sorted.Unlock()
    sort.Strings(sorted.lines)
    fmt.Print(title, ":\n", strings.Join(sorted.lines, ""))
    sorted.lines = nil
}

func main() {
    // added: see the header
    runtime.GOMAXPROCS(1)
    // added: the notes' values
    values := []string{"a", "b", "c"}
    // --- seed block 001_6442 ---
    // 错误示例
    for _, val := range values {
        go func() {
            // added: sortedPrintln instead of fmt.Println
            sortedPrintln(val) // 所有goroutine可能打印相同的值
        }()
    }
    // added: the lines, sorted
    flushSorted("shared variable")

    // 更好的做法
    for _, val := range values {
        val := val // 创建副本
        go func() {
            // added: sortedPrintln instead of fmt.Println
            sortedPrintln(val)
        }()
    }
    // added: the lines, sorted
    flushSorted("copy")

    // 或者通过参数传递
    for _, val := range values {
        go func(v string) {
            // added: sortedPrintln instead of fmt.Println
            sortedPrintln(v)
        }(val)
    }
    // --- end of seed block 001_6442 ---
    flushSorted("parameter")
}
