// Sample from seed block 001_1101: a map guarded by an RWMutex, so that
// readers share the lock and only writers exclude each other.
// Added: the package clause, the imports, a main where 4 goroutines Set 100
// keys each while 4 others read, then prints of a few Gets and of the size.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_1101 ---
type RWSafeMap struct {
    mu sync.RWMutex
    data map[string]int
}

func (m *RWSafeMap) Get(key string) (int, bool) {
    m.mu.RLock()
    defer m.mu.RUnlock()
    val, ok := m.data[key]
    return val, ok
}

func (m *RWSafeMap) Set(key string, value int) {
    m.mu.Lock()
    defer m.mu.Unlock()
    m.data[key] = value
}
// --- end of seed block 001_1101 ---

func main() {
    m := &RWSafeMap{data: make(map[string]int)}
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(2)
        go func(g int) {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                m.Set(fmt.Sprintf("k%d", g*100+i), i)
            }
        }(g)
        go func() {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                m.Get(fmt.Sprintf("k%d", i))
            }
        }()
    }
    wg.Wait()
    fmt.Println(m.Get("k0"))
    fmt.Println(m.Get("k399"))
    fmt.Println(m.Get("k400"))
    fmt.Println(len(m.data))
}
