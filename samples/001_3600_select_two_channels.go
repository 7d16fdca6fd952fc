// Sample from seed block 001_3600: select waits on two channels and takes
// whichever is ready (a random one if both are).
// The sample runs the select three times, each time with exactly one channel
// ready, so the output is fixed (with both ready the choice is random).
// Added: the package clause, the imports, main, the channels ch1 and ch2
// the notes leave undefined, the loop around the block.
package main

import "fmt"

func main() {
    // added: the notes' ch1 and ch2
    ch1 := make(chan string, 1)
    ch2 := make(chan string, 1)
    for _, ready := range []string{"ch2", "ch1", "ch2"} {
        if ready == "ch1" {
            ch1 <- "hello"
        } else {
            ch2 <- "world"
        }
        // --- seed block 001_3600 ---
        select {
        case msg1 := <-ch1:
            fmt.Println("Received from ch1:", msg1)
        case msg2 := <-ch2:
            fmt.Println("Received from ch2:", msg2)
        }
        // --- end of seed block 001_3600 ---
    }
}
