// Sample from seed block 001_3731: a select over sends to three workers
// hands the task to one that can take it, chosen at random among the ready
// ones.
// Which worker gets a given task is random; the sample runs the select
// three times with worker channels of capacity 1, so a worker that holds a
// task is not ready and each ends up with exactly one: it prints how many
// tasks each holds, which is fixed.
// Added: the package clause, the imports, main, the channels and task the
// notes leave undefined, the loop around the block.
package main

import "fmt"

func main() {
    // added: the notes' worker channels and task
    workerCh1 := make(chan int, 1)
    workerCh2 := make(chan int, 1)
    workerCh3 := make(chan int, 1)
    for task := 1; task <= 3; task++ {
        // --- seed block 001_3731 ---
        // 随机选择一个可用的worker
        select {
        case workerCh1 <- task:
            // 任务发送到worker1
        case workerCh2 <- task:
            // 任务发送到worker2
        case workerCh3 <- task:
            // 任务发送到worker3
        }
        // --- end of seed block 001_3731 ---
    }
    fmt.Println(len(workerCh1), len(workerCh2), len(workerCh3))
    fmt.Println(<-workerCh1 + <-workerCh2 + <-workerCh3)
}
