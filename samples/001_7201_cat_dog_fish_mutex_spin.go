// Sample from seed block 001_7201: three goroutines print cat, dog, fish in
// turn, 100 rounds, each spinning on a Mutex-guarded turn variable until it
// is its turn (busy-waiting: correct but wasteful).
// The block is a whole program; nothing is added.
// --- seed block 001_7201 ---
package main

import (
    "fmt"
    "sync"
)

func main() {
    var wg sync.WaitGroup
    var mu sync.Mutex
    
    // 当前应该打印的动物(0:cat, 1:dog, 2:fish)
    current := 0
    
    wg.Add(3)
    
    // 打印cat的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            for {
                mu.Lock()
                if current == 0 {
                    fmt.Println("cat")
                    current = 1
                    mu.Unlock()
                    break
                }
                mu.Unlock()
            }
        }
    }()
    
    // 打印dog的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            for {
                mu.Lock()
                if current == 1 {
                    fmt.Println("dog")
                    current = 2
                    mu.Unlock()
                    break
                }
                mu.Unlock()
            }
        }
    }()
    
    // 打印fish的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            for {
                mu.Lock()
                if current == 2 {
                    fmt.Println("fish")
                    current = 0
                    mu.Unlock()
                    break
                }
                mu.Unlock()
            }
        }
    }()
    
    wg.Wait()
}
// --- end of seed block 001_7201 ---
