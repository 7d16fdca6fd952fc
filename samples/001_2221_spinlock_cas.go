// Sample from seed block 001_2221: a spin lock built on CompareAndSwapInt32
// that yields the processor with runtime.Gosched while it waits.
// Added: the package clause, the imports, a main where 8 goroutines each
// increment a shared counter 1000 times under the lock, and a print of the
// total (always 8000: the lock makes each increment exclusive).
package main

import (
    "fmt"
    "runtime"
    "sync"
    "sync/atomic"
)

// --- seed block 001_2221 ---
type SpinLock int32

func (sl *SpinLock) Lock() {
    for !atomic.CompareAndSwapInt32((*int32)(sl), 0, 1) {
        runtime.Gosched() // 让出CPU时间
    }
}

func (sl *SpinLock) Unlock() {
    atomic.StoreInt32((*int32)(sl), 0)
}
// --- end of seed block 001_2221 ---

func main() {
    var sl SpinLock
    var wg sync.WaitGroup
    total := 0
    for g := 0; g < 8; g++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for i := 0; i < 1000; i++ {
                sl.Lock()
                total++
                sl.Unlock()
            }
        }()
    }
    wg.Wait()
    fmt.Println(total)
}
