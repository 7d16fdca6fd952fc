// Sample from seed block 001_7275: three goroutines print cat, dog, fish in
// turn, 100 rounds, each waiting on its own sync.Cond (sharing one Mutex)
// until the turn variable says it is its turn, then signalling the next.
// The block is a whole program; nothing is added.
// --- seed block 001_7275 ---
package main

import (
    "fmt"
    "sync"
)

func main() {
    var wg sync.WaitGroup
    var mu sync.Mutex
    catCond := sync.NewCond(&mu)
    dogCond := sync.NewCond(&mu)
    fishCond := sync.NewCond(&mu)
    
    // 当前应该打印的动物(0:cat, 1:dog, 2:fish)
    current := 0
    
    wg.Add(3)
    
    // 打印cat的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            mu.Lock()
            for current != 0 {
                catCond.Wait()
            }
            fmt.Println("cat")
            current = 1
            dogCond.Signal()
            mu.Unlock()
        }
    }()
    
    // 打印dog的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            mu.Lock()
            for current != 1 {
                dogCond.Wait()
            }
            fmt.Println("dog")
            current = 2
            fishCond.Signal()
            mu.Unlock()
        }
    }()
    
    // 打印fish的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            mu.Lock()
            for current != 2 {
                fishCond.Wait()
            }
            fmt.Println("fish")
            current = 0
            catCond.Signal()
            mu.Unlock()
        }
    }()
    
    wg.Wait()
}
// --- end of seed block 001_7275 ---
