// Sample from seed block 001_3472: concurrent writes to a plain map are
// caught by the runtime as "fatal error: concurrent map writes", a fatal
// error that no recover can stop (exit 2, the deferred print never runs).
// Made deterministic: with one write per goroutine, as in the notes, the
// runtime sees the overlap only in some runs and the program often ends
// silently after its 1 s sleep; each goroutine repeats its write until the
// program ends (the loop is marked "added:"), so that the goroutines
// overlap long enough for the runtime to catch them in every run, however
// busy the machine.
// Added: the package clause, the imports, the loop, a main calling the
// function.
package main

import (
    "fmt"
    "time"
)

// --- seed block 001_3472 ---
func unsafeMapAccess() {
    defer func() {
        if r := recover(); r != nil {
            fmt.Println("Recovered from panic:", r)
            // 注意：此时map可能已损坏，不应继续使用
        }
    }()
    
    m := make(map[int]int)
    
    // 并发写入map
    for i := 0; i < 10; i++ {
        go func(i int) {
            // added: the write repeated, see the header
            for {
                m[i] = i // 可能导致panic
            }
        }(i)
    }
    
           time.Sleep(time.Second)
}
// --- end of seed block 001_3472 ---

func main() {
    unsafeMapAccess()
    fmt.Println("not reached: the fatal error ends the program")
}
