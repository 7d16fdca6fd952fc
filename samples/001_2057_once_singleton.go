// Sample from seed block 001_2057: a singleton made by sync.Once.
// Added: the package clause, the imports, the Singleton type (the notes use
// it without defining it), a main where 8 goroutines call GetInstance and a
// print of whether they all got the same pointer.
package main

import (
    "fmt"
    "sync"
)

// added: the notes' Singleton; a field makes each &Singleton{} distinct
type Singleton struct{ id int }

// --- seed block 001_2057 ---
var instance *Singleton
var once sync.Once

func GetInstance() *Singleton {
    once.Do(func() {
        instance = &Singleton{}
    })
    return instance
}
// --- end of seed block 001_2057 ---

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
