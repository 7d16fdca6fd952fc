// Sample from seed block 001_2750: Lock and Unlock around a critical section.
// Added: the package clause, the imports, main, and TryLock calls (Go 1.18)
// showing the mutex held inside the section and free after it.
package main

import (
    "fmt"
    "sync"
)

func main() {
    // --- seed block 001_2750 ---
    var mu sync.Mutex
    mu.Lock()
    // 临界区
    // added: while held, TryLock fails
    fmt.Println("inside, TryLock:", mu.TryLock())
    mu.Unlock()
    // --- end of seed block 001_2750 ---
    fmt.Println("after, TryLock:", mu.TryLock())
}
