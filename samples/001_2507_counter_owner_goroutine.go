// Sample from seed block 001_2507: a counter owned by one goroutine, which
// applies the deltas sent on a channel, so no lock is needed.
// Reading c.value from main races with the owner's last update: the sample
// first sends a delta of 0 (marked "added:"); the unbuffered send completes
// only when the owner takes it, which is after it has added every earlier
// delta, so the read that follows sees them all.
// Added: the package clause, the imports, a main that increments 10 times,
// the zero delta, a print of the value.
package main

import "fmt"

// --- seed block 001_2507 ---
// 使用channel控制并发
type Counter struct {
    ch chan int
    value int
}

func NewCounter() *Counter {
    c := &Counter{ch: make(chan int)}
    go func() {
        for delta := range c.ch {
            c.value += delta
        }
    }()
    return c
}

func (c *Counter) Increment() {
    c.ch <- 1
}
// --- end of seed block 001_2507 ---

func main() {
    c := NewCounter()
    for i := 0; i < 10; i++ {
        c.Increment()
    }
    // added: a zero delta; see the header
    c.ch <- 0
    fmt.Println(c.value)
}
