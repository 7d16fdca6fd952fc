// Sample from seed block 002_142: a config map updated under a Mutex.
// Added: the package clause, the imports, a main that makes the map (the
// notes leave it nil) and updates it from 4 goroutines, then prints it.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 002_142 ---
var (
    configCache map[string]string
    cacheMutex  sync.Mutex
)
func updateConfig(key, value string) {
    cacheMutex.Lock()
    defer cacheMutex.Unlock()
    configCache[key] = value
}
// --- end of seed block 002_142 ---

func main() {
    configCache = make(map[string]string)
    var wg sync.WaitGroup
    for g := 0; g < 4; g++ {
        wg.Add(1)
        go func(g int) {
            defer wg.Done()
            updateConfig(fmt.Sprint("key", g), fmt.Sprint("value", g))
            updateConfig("shared", "set")
        }(g)
    }
    wg.Wait()
    fmt.Println(configCache)
}
