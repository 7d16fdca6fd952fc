// Sample from seed block 001_7080: three goroutines print cat, dog, fish in
// turn, 100 rounds, each passing a token to the next on its own unbuffered
// channel; the order is fixed by the hand-offs.
// The block is a whole program; nothing is added.
// --- seed block 001_7080 ---
package main

import (
    "fmt"
    "sync"
)

func main() {
    catCh := make(chan struct{})
    dogCh := make(chan struct{})
    fishCh := make(chan struct{})
    
    var wg sync.WaitGroup
    wg.Add(3)
    
    // 打印cat的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            <-catCh // 等待信号
            fmt.Println("cat")
            dogCh <- struct{}{} // 通知dog打印
        }
    }()
    
    // 打印dog的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            <-dogCh // 等待信号
            fmt.Println("dog")
            fishCh <- struct{}{} // 通知fish打印
        }
    }()
    
    // 打印fish的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            <-fishCh // 等待信号
            fmt.Println("fish")
            if i < 99 {
                catCh <- struct{}{} // 通知cat打印下一轮
            }
        }
    }()
    
    // 启动第一轮
    catCh <- struct{}{}
    
    wg.Wait()
}
// --- end of seed block 001_7080 ---
