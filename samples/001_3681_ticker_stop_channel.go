// Sample from seed block 001_3681: a loop that does work on every tick of a
// time.Ticker until a stop channel is closed.
// The notes tick every second; the sample ticks every 200 ms and closes
// stopCh after 700 ms (time.AfterFunc), so the loop prints "Tick" 3 times:
// halfway between ticks, so that the count does not depend on timer jitter.
// Added: the package clause, the imports, main, stopCh (undefined in the
// notes) and the AfterFunc that closes it, a print after the loop.
package main

import (
    "fmt"
    "time"
)

func main() {
    defer fmt.Println("stopped")
    // added: the notes' stopCh, closed after 3.5 ticks
    stopCh := make(chan struct{})
    time.AfterFunc(700*time.Millisecond, func() { close(stopCh) })

    // --- seed block 001_3681 ---
    // added: 1 * time.Second shortened to 200 ms
    ticker := time.NewTicker(200 * time.Millisecond)
    defer ticker.Stop()

    for {
        select {
        case <-ticker.C:
            fmt.Println("Tick")
        case <-stopCh:
            return
        }
    }
    // --- end of seed block 001_3681 ---
}
