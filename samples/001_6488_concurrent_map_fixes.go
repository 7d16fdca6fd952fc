// Sample from seed block 001_6488: a map written and read by two goroutines
// without a lock is a data race (the runtime may stop it with "fatal error:
// concurrent map read and map write"; with one access each it almost never
// catches it); the fixes: a Mutex around the access, or a sync.Map.
// The notes declare m three times (three alternatives): the second and
// third are in { } blocks.
// Added: the package clause, the imports, main, the { } blocks, and after
// each alternative a wait until runtime.NumGoroutine() is back to 1 (the
// goroutines returned) and a print of the key.
package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

// waitGoroutines waits until main is the only goroutine left.
func waitGoroutines() {
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
}

func main() {
    // --- seed block 001_6488 ---
    // 错误示例
    m := make(map[string]int)
    go func() {
        m["key"] = 1 // 并发写入
    }()
    go func() {
        _ = m["key"] // 并发读取
    }()
    // added: wait, print
    waitGoroutines()
    fmt.Println("unsynchronized:", m["key"])

    // added: a { } block: this alternative redeclares m
    {
        // 更好的做法
        var mu sync.Mutex
        m := make(map[string]int)

        go func() {
            mu.Lock()
            m["key"] = 1
            mu.Unlock()
        }()
        // added: wait, print
        waitGoroutines()
        mu.Lock()
        fmt.Println("mutex:", m["key"])
        mu.Unlock()
    }

    // added: a { } block: this alternative redeclares m
    {
        // 或使用sync.Map
        var m sync.Map
        go func() {
            m.Store("key", 1)
        }()
        // added: wait, print
        waitGoroutines()
        fmt.Println(m.Load("key"))
    }
    // --- end of seed block 001_6488 ---
}
