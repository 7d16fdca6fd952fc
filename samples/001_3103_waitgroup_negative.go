// Sample from seed block 001_3103: Done without a matching Add drives the
// WaitGroup counter negative, which panics "sync: negative WaitGroup
// counter" (exit 2).
// Added: the package clause, the imports, main.
package main

import "sync"

func main() {
    // --- seed block 001_3103 ---
    var wg sync.WaitGroup
    wg.Done() // panic: negative WaitGroup counter
    // --- end of seed block 001_3103 ---
}
