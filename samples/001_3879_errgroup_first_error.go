// Sample from seed block 001_3879: errgroup.WithContext runs functions on
// goroutines; the first error cancels ctx and is what Wait returns.
// Made deterministic: which workers still get to print "done" depends on
// whether worker 3's failure (which cancels ctx) comes before their ctx
// check, a race. The sample delays the failure by 200 ms (marked "added:")
// so that all the others pass their check first (even on a busy machine), and prints their lines sorted
// (sortedPrintf, flushSorted), as goroutines print in no fixed order.
// golang.org/x/sync/errgroup: the goldens were made with Go building
// against the project's copy, stdlib/golang.org/x/sync (GOPATH mode).
// Added: the package clause, the imports, the sorted printing, the delay.
package main

import (
    "context"
    "fmt"
    "sort"
    "strings"
    "sync"
    "time"

    "golang.org/x/sync/errgroup"
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

// --- seed block 001_3879 ---
func main() {
    g, ctx := errgroup.WithContext(context.Background())
    
    for i := 0; i < 5; i++ {
        id := i
        g.Go(func() error {
            // 检查是否已取消
            select {
            case <-ctx.Done():
                return ctx.Err()
            default:
            }
            
            // 执行任务
            if id == 3 {
                // added: fail after the others have passed their check
                time.Sleep(200 * time.Millisecond)
                return fmt.Errorf("worker %d failed", id)
            }
            
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("Worker %d done\n", id)
            return nil
        })
    }
    
    // 等待所有goroutine完成并检查错误
    if err := g.Wait(); err != nil {
        // added: the workers' lines, sorted
        flushSorted()
        fmt.Println("Error:", err)
    }
    
    fmt.Println("Continuing main")
}
// --- end of seed block 001_3879 ---
