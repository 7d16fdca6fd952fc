// Sample from seed block 001_2760: the read lock (shared) and the write lock
// (exclusive) of an RWMutex.
// Added: the package clause, the imports, main, and TryRLock/TryLock calls
// (Go 1.18) showing that a read lock admits other readers but no writer, and
// a write lock admits neither.
package main

import (
    "fmt"
    "sync"
)

func main() {
    // --- seed block 001_2760 ---
    var rwMu sync.RWMutex

    // 读锁
    rwMu.RLock()
    // 读操作
    // added: another reader gets in, a writer does not
    fmt.Println("read-locked, TryRLock:", rwMu.TryRLock(), "TryLock:", rwMu.TryLock())
    // added: release the second read lock just taken
    rwMu.RUnlock()
    rwMu.RUnlock()

    // 写锁
    rwMu.Lock()
    // 写操作
    // added: neither readers nor writers get in
    fmt.Println("write-locked, TryRLock:", rwMu.TryRLock(), "TryLock:", rwMu.TryLock())
    rwMu.Unlock()
    // --- end of seed block 001_2760 ---
    fmt.Println("unlocked, TryLock:", rwMu.TryLock())
}
