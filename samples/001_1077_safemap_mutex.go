// Sample from seed block 001_1077: a map guarded by a Mutex.
// Added: the package clause, the imports, a main where 4 goroutines Set 100
// keys each while reading, then prints of a few Gets and of the size.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_1077 ---
type SafeMap struct {
    mu sync.Mutex
    data map[string]int
}

func (m *SafeMap) Get(key string) (int, bool) {
    m.mu.Lock()
    defer m.mu.Unlock()
    val, ok := m.data[key]
    return val, ok
}

func (m *SafeMap) Set(key string, value int) {
    m.mu.Lock()
    defer m.mu.Unlock()
    m.data[key] = value
}
// --- end of seed block 001_1077 ---

func main() {
    m := &SafeMap{data: make(map[string]int)}
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func(g int) {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                m.Set(fmt.Sprintf("k%d", g*100+i), i)
                m.Get("k0")
            }
        }(g)
    }
    wg.Wait()
    fmt.Println(m.Get("k0"))
    fmt.Println(m.Get("k399"))
    fmt.Println(m.Get("k400"))
    fmt.Println(len(m.data))
}
