// Sample from seed block 002_162: a cache read under RLock and written under
// Lock.
// Added: the package clause, the imports, a main that makes the map (the
// notes leave it nil), fills it from 4 goroutines while 4 others read, and
// prints some entries.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 002_162 ---
var (
    dataCache map[int]string
    rwMutex   sync.RWMutex
)
func getData(key int) string {
    rwMutex.RLock()
    defer rwMutex.RUnlock()
    return dataCache[key]
}
func setData(key int, value string) {
    rwMutex.Lock()
    defer rwMutex.Unlock()
    dataCache[key] = value
}
// --- end of seed block 002_162 ---

func main() {
    dataCache = make(map[int]string)
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(2)
        go func(g int) {
            defer wg.Done()
            for i := 0; i < 25; i++ {
                setData(g*25+i, fmt.Sprint("v", g*25+i))
            }
        }(g)
        go func() {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                getData(i)
            }
        }()
    }
    wg.Wait()
    fmt.Println(getData(0), getData(57), getData(99), len(dataCache))
    fmt.Printf("%q\n", getData(100))
}
