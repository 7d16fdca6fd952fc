// Sample from seed block 001_2717: a global map read under RLock and written
// under Lock, by key.
// Added: the package clause, the imports, a main that makes the map (the
// notes leave it nil), writes 100 keys from 4 goroutines and reads some back.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_2717 ---
var rwMutex sync.RWMutex
var data map[string]string

// 读操作
func read(key string) string {
    rwMutex.RLock()
    defer rwMutex.RUnlock()
    return data[key]
}

// 写操作
func write(key, value string) {
    rwMutex.Lock()
    defer rwMutex.Unlock()
    data[key] = value
}
// --- end of seed block 001_2717 ---

func main() {
    data = make(map[string]string)
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func(g int) {
            defer wg.Done()
            for i := 0; i < 25; i++ {
                k := fmt.Sprint(g*25 + i)
                write(k, "v"+k)
                read(k)
            }
        }(g)
    }
    wg.Wait()
    fmt.Println(read("0"), read("42"), read("99"), len(data))
    fmt.Printf("%q\n", read("100"))
}
