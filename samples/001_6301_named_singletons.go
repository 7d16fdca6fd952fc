// Sample from seed block 001_6301: one instance per name, kept in a
// sync.Map; LoadOrStore settles a race between two creators of one name.
// Added: the package clause, the imports, a main where 8 goroutines ask for
// the names "db" and "cache" and prints of whether each name got one
// instance.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_6301 ---
type Singleton struct {
    Name string
}

var (
    instances sync.Map
)

func GetInstance(name string) *Singleton {
    v, ok := instances.Load(name)
    if ok {
        return v.(*Singleton)
    }
    
    // 创建新实例
    s := &Singleton{Name: name}
    actual, loaded := instances.LoadOrStore(name, s)
    if loaded {
        return actual.(*Singleton)
    }
    return s
}
// --- end of seed block 001_6301 ---

func main() {
    names := []string{"db", "cache"}
    got := make([][2]*Singleton, 8)
    var wg sync.WaitGroup
    for i := range got {
        wg.Add(1)
        go func(i int) {
            defer wg.Done()
            for n, name := range names {
                got[i][n] = GetInstance(name)
            }
        }(i)
    }
    wg.Wait()
    for n, name := range names {
        same := true
        for i := range got {
            same = same && got[i][n] == got[0][n]
        }
        fmt.Println(name, got[0][n].Name, "one instance:", same)
    }
    fmt.Println("db != cache:", GetInstance("db") != GetInstance("cache"))
}
