// Sample from seed block 001_1971: a global map read under RLock and written
// under Lock.
// Added: the package clause, the imports, a main that makes the map (the
// notes leave it nil, and a write to a nil map panics), reads, writes from 4
// goroutines and reads again.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_1971 ---
var rwMutex sync.RWMutex
var data map[string]string

// 读取操作
func read() string {
    rwMutex.RLock()
    defer rwMutex.RUnlock()
    return data["key"]
}

// 写入操作
func write(value string) {
    rwMutex.Lock()
    defer rwMutex.Unlock()
    data["key"] = value
}
// --- end of seed block 001_1971 ---

func main() {
    data = make(map[string]string)
    fmt.Printf("%q\n", read())
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for i := 0; i < 100; i++ {
                write("value")
                read()
            }
        }()
    }
    wg.Wait()
    fmt.Printf("%q\n", read())
}
