// Sample from seed block 001_3629: a select that gives up after a timeout
// set by time.After.
// The block runs twice: once with a result already waiting in resultCh,
// once with none, where time.After fires. The notes wait 2 s; the sample
// waits 100 ms (shortened: the test suite runs every sample).
// Added: the package clause, the imports, main, the channel resultCh the
// notes leave undefined, the loop around the block.
package main

import (
    "fmt"
    "time"
)

func main() {
    // added: the notes' resultCh, holding one result
    resultCh := make(chan string, 1)
    resultCh <- "42"
    for i := 0; i < 2; i++ {
        // --- seed block 001_3629 ---
        select {
        case result := <-resultCh:
            fmt.Println("Received result:", result)
        // added: 2 * time.Second shortened to 100 ms
        case <-time.After(100 * time.Millisecond):
            fmt.Println("Operation timed out")
        }
        // --- end of seed block 001_3629 ---
    }
}
