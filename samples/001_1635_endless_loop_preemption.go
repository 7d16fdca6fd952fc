// Sample from seed block 001_1635: a loop without calls, which Go 1.14+ can
// preempt (asynchronous preemption: sysmon signals the thread after 10 ms).
// With GOMAXPROCS(1) the loop holds the only P: main, sleeping 20 ms, can
// run again only if the loop is preempted. The sample prints after that
// sleep, then exits (ending the loop).
// Added: the package clause, the imports, and that main.
package main

import (
    "fmt"
    "runtime"
    "time"
)

// --- seed block 001_1635 ---
func endlessLoop() {
    for {
        // 这个循环在Go 1.13及之前无法被抢占
        // 在Go 1.14+可以被抢占
    }
}
// --- end of seed block 001_1635 ---

func main() {
    runtime.GOMAXPROCS(1)
    go endlessLoop()
    time.Sleep(20 * time.Millisecond)
    fmt.Println("main ran again: the endless loop was preempted")
}
