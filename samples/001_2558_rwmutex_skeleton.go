// Sample from seed block 001_2558: the shape of RWMutex use: RLock/RUnlock
// around reads, Lock/Unlock around writes (the bodies are comments).
// Added: the package clause, the imports, and a main that calls read and
// write from several goroutines, then shows the lock is free again with
// TryLock.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_2558 ---
var rwMu sync.RWMutex

// 读操作
func read() {
    rwMu.RLock()
    defer rwMu.RUnlock()
    // 读取操作
}

// 写操作
func write() {
    rwMu.Lock()
    defer rwMu.Unlock()
    // 写入操作
}
// --- end of seed block 001_2558 ---

func main() {
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                read()
                write()
            }
        }()
    }
    wg.Wait()
    fmt.Println("lock free:", rwMu.TryLock())
}
