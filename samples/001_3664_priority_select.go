// Sample from seed block 001_3664: a priority select: the outer select with
// a default takes a high-priority message if one is there; only if none is
// does the inner select wait for a normal message or a timeout.
// The block runs three times: with both a high and a normal message
// waiting (high wins, though a single select would pick at random), with
// only a normal one, with none (timeout). The notes' timeout of 1 s is
// shortened to 100 ms.
// Added: the package clause, the imports, main, the channels, the loop,
// and a print in each branch (whose bodies are comments in the notes; the
// prints also use the received values, which gc requires).
package main

import (
    "fmt"
    "time"
)

func main() {
    // added: the notes' channels
    highPriorityCh := make(chan string, 1)
    normalCh := make(chan string, 1)
    highPriorityCh <- "urgent"
    normalCh <- "routine"
    for i := 0; i < 3; i++ {
        // --- seed block 001_3664 ---
        select {
        case highPriority := <-highPriorityCh:
            // 处理高优先级消息
            // added: a print
            fmt.Println("high:", highPriority)
        default:
            // 没有高优先级消息，检查普通优先级
            select {
            case normal := <-normalCh:
                // 处理普通消息
                // added: a print
                fmt.Println("normal:", normal)
            // added: time.Second shortened to 100 ms
            case <-time.After(100 * time.Millisecond):
                // 超时
                // added: a print
                fmt.Println("timeout")
            }
        }
        // --- end of seed block 001_3664 ---
    }
}
