// Sample from seed block 001_918: a map guarded by a Mutex, and the same
// operations with sync.Map.
// The block mixes declarations and statements: the declarations stay at the
// top level, the statements move into main.
// Added: the package clause, the imports, main, a use of SafeMap (its map
// made first), prints of what Load returned and of a Load after Delete.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_918 (declarations) ---
// 使用互斥锁保护map
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
// --- end of seed block 001_918 (declarations) ---

func main() {
    sm := &SafeMap{data: make(map[string]int)}
    sm.Set("a", 1)
    fmt.Println(sm.Get("a"))
    fmt.Println(sm.Get("b"))

    // --- seed block 001_918 (statements) ---
    // 使用sync.Map
    var m sync.Map
    m.Store("key", 10)
    value, ok := m.Load("key")
    m.Delete("key")
    // --- end of seed block 001_918 (statements) ---
    fmt.Println(value, ok)
    fmt.Println(m.Load("key"))
}
