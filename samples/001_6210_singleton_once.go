// Sample from seed block 001_6210: a singleton made by sync.Once.
// Added: the package clause, the imports, a field in Singleton (an empty
// struct's pointers may all be equal, which would hide a second instance),
// a main where 8 goroutines call GetInstance and a print of whether they
// all got the same pointer.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_6210 ---
type Singleton struct {
    // 单例的字段
    // added: a field, see the header
    id int
}

var (
    instance *Singleton
    once     sync.Once
)

func GetInstance() *Singleton {
    once.Do(func() {
        instance = &Singleton{}
    })
    return instance
}
// --- end of seed block 001_6210 ---

func main() {
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
    same := true
    for _, p := range got {
        same = same && p == got[0] && p != nil
    }
    fmt.Println("one instance:", same)
}
