// Sample from seed block 001_5145: a sync.Pool of 1 KB []byte buffers, put
// back by a deferred Put. (Putting a slice, not a pointer to it, costs an
// allocation per Put: staticcheck's SA6002; the notes' code as written.)
// Added: the package clause, the imports, a use of buf (marked "added:")
// and a main calling processRequest twice.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_5145 ---
var bufferPool = sync.Pool{
    New: func() interface{} {
        return make([]byte, 1024)
    },
}

func processRequest() {
    buf := bufferPool.Get().([]byte)
    defer bufferPool.Put(buf)
    // 使用buf
    // added: a use of buf
    fmt.Println(len(buf), cap(buf))
}
// --- end of seed block 001_5145 ---

func main() {
    processRequest()
    processRequest()
}
