// Sample from seed block 001_3611: a select with a default case never
// blocks: a receive from an empty channel and a send to a full one take the
// default.
// The block runs twice over a channel with a buffer of 1: first the channel
// is empty (no value to receive, room to send), then full (a value to
// receive, and after that receive, room again).
// Added: the package clause, the imports, main, the channel ch and the value
// the notes leave undefined, the loop around the block and a third round on
// an unbuffered channel with no receiver, where the send takes the default.
package main

import "fmt"

func main() {
    // added: the notes' ch and value
    buffered := make(chan int, 1)
    unbuffered := make(chan int)
    value := 42
    for _, ch := range []chan int{buffered, buffered, unbuffered} {
        // --- seed block 001_3611 ---
        select {
        case x := <-ch:
            fmt.Println("Received:", x)
        default:
            fmt.Println("No value available")
        }

        select {
        case ch <- value:
            fmt.Println("Sent value")
        default:
            fmt.Println("Cannot send, channel full")
        }
        // --- end of seed block 001_3611 ---
        value++
    }
}
