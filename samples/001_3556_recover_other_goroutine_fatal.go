// Sample from seed block 001_3556: a recover in main cannot catch what
// happens in other goroutines; and concurrent map writes are not a panic at
// all but "fatal error: concurrent map writes", which ends the program
// (exit 2) without running any deferred call. "Program completed" is never
// printed.
// Made deterministic: with 10 writes per goroutine, as in the notes, the
// runtime sees the overlap in only about a quarter of the runs (measured
// with Go 1.19: 5 of 20) and the program otherwise completes; each
// goroutine repeats its loop until the program ends (the outer loops are
// marked "added:"), so that the two overlap long enough for the runtime to
// catch them in every run, however busy the machine.
// Added: the package clause, the imports, the loop bounds.
package main

import (
    "fmt"
    "time"
)

// --- seed block 001_3556 ---
func main() {
    defer func() {
        if r := recover(); r != nil {
            fmt.Println("Recovered in main:", r)
        }
    }()
    
    m := make(map[int]int)
    
    go func() {
        // added: the loop repeated, see the header
        for {
        for i := 0; i < 10; i++ {
            m[i] = i // 可能导致panic
        }
        }
    }()
    
    go func() {
        // added: the loop repeated, see the header
        for {
        for i := 0; i < 10; i++ {
            m[i+10] = i // 可能导致panic
        }
        }
    }()
    
    // 这里的defer+recover无法捕获其他goroutine的panic
    time.Sleep(time.Second)
    fmt.Println("Program completed")
}
// --- end of seed block 001_3556 ---
