// Sample from seed block 001_2796: the sync.Cond pattern: the consumer
// re-checks its condition in a loop around Wait (which unlocks while it
// sleeps); the producer changes the condition under the lock and Signals.
// The notes write consumer and producer one after the other in the same
// goroutine, where the consumer's Wait could never return: the sample runs
// a second producer in its own goroutine (marked "added:") that sets the
// condition and signals, which lets the consumer go on; the notes' producer
// then signals with no one waiting, which is allowed.
// Added: the package clause, the imports, main, the condition() the notes
// leave undefined (a flag), that producer goroutine, and prints.
package main

import (
    "fmt"
    "sync"
)

// added: the notes' condition
var ready bool

func condition() bool { return ready }

func main() {
    // --- seed block 001_2796 ---
    var mu sync.Mutex
    cond := sync.NewCond(&mu)

    // added: a producer in another goroutine (see the header)
    go func() {
        cond.L.Lock()
        ready = true
        cond.Signal()
        cond.L.Unlock()
    }()

    // 消费者
    cond.L.Lock()
    for !condition() {
        cond.Wait() // 等待条件满足
    }
    // 处理
    // added: the condition holds here
    fmt.Println("consumer: condition met")
    cond.L.Unlock()

    // 生产者
    cond.L.Lock()
    // 改变条件
    cond.Signal() // 或 cond.Broadcast()
    cond.L.Unlock()
    // --- end of seed block 001_2796 ---
    fmt.Println("producer: signalled")
}
