// Sample from seed block 000_1320: a cache whose Get takes the read lock and
// whose Set takes the write lock (and makes the map on first use).
// Added: the package clause, the imports, a main that sets and gets entries
// from 4 goroutines at once, then prints what the cache holds.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 000_1320 ---
type Cache struct {
    mu    sync.RWMutex
    items map[string]interface{}
}

func (c *Cache) Get(key string) (interface{}, bool) {
    c.mu.RLock()
    defer c.mu.RUnlock()
    val, ok := c.items[key]
    return val, ok
}

func (c *Cache) Set(key string, value interface{}) {
    c.mu.Lock()
    defer c.mu.Unlock()
    if c.items == nil {
        c.items = make(map[string]interface{})
    }
    c.items[key] = value
}
// --- end of seed block 000_1320 ---

func main() {
    var c Cache
    fmt.Println(c.Get("a"))
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func(g int) {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                c.Set(fmt.Sprint(g*100+i), i)
                c.Get(fmt.Sprint(i))
            }
        }(g)
    }
    wg.Wait()
    c.Set("a", 1.5)
    fmt.Println(c.Get("a"))
    fmt.Println(c.Get("399"))
    fmt.Println(len(c.items))
}
