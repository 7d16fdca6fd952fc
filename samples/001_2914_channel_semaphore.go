// Sample from seed block 001_2914: a buffered channel of capacity N as a
// counting semaphore: a send acquires, a receive releases.
// Added: the package clause, the imports, main, the constant N the notes
// leave undefined, prints of the semaphore's count after each step, and a
// non-blocking send showing that a full semaphore refuses another acquire.
package main

import "fmt"

// added: the notes' N
const N = 2

func main() {
    // --- seed block 001_2914 ---
    // 创建容量为N的信号量
    sem := make(chan struct{}, N)

    // 获取信号量
    sem <- struct{}{}
    // added: one of N taken
    fmt.Println("held:", len(sem), "of", cap(sem))

    // 释放信号量
    <-sem
    // --- end of seed block 001_2914 ---
    fmt.Println("held:", len(sem), "of", cap(sem))
    for i := 0; i < N+1; i++ {
        select {
        case sem <- struct{}{}:
            fmt.Println("acquired", i)
        default:
            fmt.Println("full, acquire", i, "would block")
        }
    }
}
