package main

import (
    "fmt"
    "sync"
)

func main() {
    ch := make(chan int)
    var wg sync.WaitGroup
    wg.Add(3)
    
    // 打印cat的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            count := <-ch
            if count%3 == 0 {
                fmt.Println("cat")
                ch <- count + 1
            } else {
                ch <- count
            }
        }
    }()
    
    // 打印dog的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            count := <-ch
            if count%3 == 1 {
                fmt.Println("dog")
                ch <- count + 1
            } else {
                ch <- count
            }
        }
    }()
    
    // 打印fish的goroutine
    go func() {
        defer wg.Done()
        for i := 0; i < 100; i++ {
            count := <-ch
            if count%3 == 2 {
                fmt.Println("fish")
                ch <- count + 1
            } else {
                ch <- count
            }
        }
    }()
    
    // 启动第一轮
    ch <- 0
    
    wg.Wait()
}
