// Sample from seed block 001_6251: a singleton by double-checked locking.
// The first check reads instance without the lock: a data race in Go's
// memory model (go run -race reports it), which is why the notes prefer
// sync.Once; the sample calls GetInstance from one goroutine first, so the
// later concurrent calls only read.
// Added: the package clause, the imports, a field in Singleton (see
// 001_6210), and a main that calls GetInstance once, then from 8 goroutines,
// printing whether all got the same pointer.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_6251 ---
type Singleton struct {
    // 单例的字段
    // added: a field, so that two instances have different addresses
    id int
}

var (
    instance *Singleton
    mu       sync.Mutex
)

func GetInstance() *Singleton {
    if instance == nil {
        mu.Lock()
        defer mu.Unlock()
        if instance == nil {
            instance = &Singleton{}
        }
    }
    return instance
}
// --- end of seed block 001_6251 ---

func main() {
    first := GetInstance()
    got := make([]*Singleton, 8)
    var wg sync.WaitGroup
    for i := range got {
        wg.Add(1)
        go func(i int) {
            defer wg.Done()
            got[i] = GetInstance()
        }(i)
    }
    wg.Wait()
    same := first != nil
    for _, p := range got {
        same = same && p == first
    }
    fmt.Println("one instance:", same)
}
