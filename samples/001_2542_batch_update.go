// Sample from seed block 001_2542: taking the lock once for a whole batch
// instead of once per update.
// Added: the package clause, the imports, the mutex mu and processUpdate
// that the notes use without defining them (processUpdate adds to a total),
// and a main where 4 goroutines each apply a batch.
package main

import (
    "fmt"
    "sync"
)

// added: the notes' mu and processUpdate
var mu sync.Mutex
var total int

func processUpdate(v int) { total += v }

// --- seed block 001_2542 ---
// 批量更新
func batchUpdate(data []int) {
    mu.Lock()
    defer mu.Unlock()
    
    for _, v := range data {
        // 批量处理多个更新
        processUpdate(v)
    }
}
// --- end of seed block 001_2542 ---

func main() {
    batch := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            batchUpdate(batch)
        }()
    }
    wg.Wait()
    fmt.Println(total)
}
