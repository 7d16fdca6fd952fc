// Sample from seed block 001_3915: the first worker to finish closes done
// (sync.Once makes the close happen once; the notes' comment says the last
// one does, but once.Do runs its function for the first caller only); main
// goes on at the first worker's end, then waits for all with a WaitGroup.
// Goroutines print in no fixed order, and how many workers have printed by
// the time main wakes up is not fixed either: the workers' lines are
// collected by sortedPrintf (in place of fmt.Printf, marked "added:") and
// printed sorted by flushSorted after wg.Wait, before main's last line. So
// main's "At least one worker done" line comes first, though some workers
// have already finished then.
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

// --- seed block 001_3915 ---
func main() {
    var wg sync.WaitGroup
    var once sync.Once
    done := make(chan struct{})
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer func() {
                wg.Done()
                // 最后一个完成的goroutine关闭channel
                once.Do(func() {
                    close(done)
                })
            }()
            
            // 执行任务
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("Worker %d done\n", id)
        }(i)
    }
    
    // 等待通知
    <-done
    fmt.Println("At least one worker done, continuing main")
    
    // 确保所有goroutine都完成
    wg.Wait()
    // added: the workers' lines, sorted
    flushSorted()
    fmt.Println("All workers done")
}
// --- end of seed block 001_3915 ---
