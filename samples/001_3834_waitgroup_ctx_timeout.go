// Sample from seed block 001_3834: workers that each finish after id time
// units or give up at the context's deadline; main waits for all of them or
// for the deadline.
// The notes' unit is a second (the deadline at 5 s, the last worker at
// 4 s, 4 s in all); the sample's is 100 ms (marked "added:"), keeping the
// proportions: the workers finish 100 ms apart, in id order, before the
// deadline, so the output is the notes' own.
// Added: the package clause, the imports, the shorter unit.
package main

import (
    "context"
    "fmt"
    "sync"
    "time"
)

// added: the notes' time unit, time.Second, shortened
const unit = 100 * time.Millisecond

// --- seed block 001_3834 ---
func main() {
    // added: was 5*time.Second
    ctx, cancel := context.WithTimeout(context.Background(), 5*unit)
    defer cancel()
    
    var wg sync.WaitGroup
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int, ctx context.Context) {
            defer wg.Done()
            
            select {
            // added: was time.Duration(id) * time.Second
            case <-time.After(time.Duration(id) * unit):
                fmt.Printf("Worker %d done\n", id)
            case <-ctx.Done():
                fmt.Printf("Worker %d cancelled\n", id)
                return
            }
        }(i, ctx)
    }
    
    // 等待所有goroutine完成或超时
    done := make(chan struct{})
    go func() {
        wg.Wait()
        close(done)
    }()
    
    select {
    case <-done:
        fmt.Println("All workers completed")
    case <-ctx.Done():
        fmt.Println("Timed out waiting for workers")
        // 等待剩余goroutine完成
        wg.Wait()
    }
    
    fmt.Println("Continuing main")
}
// --- end of seed block 001_3834 ---
