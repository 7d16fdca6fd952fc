// Sample from seed block 001_2819: a singleton made by sync.Once (the
// notes' 001_2057 with the two variables declared in the other order).
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

// --- seed block 001_2819 ---
var once sync.Once
var instance *Singleton

func GetInstance() *Singleton {
    once.Do(func() {
        instance = &Singleton{}
    })
    return instance
}
// --- end of seed block 001_2819 ---

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
