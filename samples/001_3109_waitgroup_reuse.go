// Sample from seed block 001_3109: an Add after Wait has returned starts a
// new round of the WaitGroup; the notes warn against it because an Add that
// races with a Wait still in progress panics ("WaitGroup is reused before
// previous Wait has returned"). Here Wait has returned, so it is legal.
// Added: the package clause, the imports, main, the wg the notes leave
// undefined, and a second round finished with Done and Wait.
package main

import (
    "fmt"
    "sync"
)

func main() {
    // added: the notes' wg
    var wg sync.WaitGroup
    // --- seed block 001_3109 ---
    wg.Add(1)
    go func() {
        // ...
        wg.Done()
    }()
    wg.Wait()
    wg.Add(1) // 不要在Wait后再Add
    // --- end of seed block 001_3109 ---
    fmt.Println("first round done, second round started")
    go wg.Done()
    wg.Wait()
    fmt.Println("second round done")
}
