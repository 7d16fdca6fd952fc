// Sample from seed block 001_5590: a 1 MB buffer allocated per request,
// against one taken from a sync.Pool and put back.
// The notes declare processRequest twice (before and after the fix): the
// second is renamed processRequestPooled.
// Added: the package clause, the imports, the rename, uses of buf (marked
// "added:"; gc rejects an unused buf) and a main calling both.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 001_5590 ---
// 修复前
func processRequest() {
    buf := make([]byte, 1024*1024)
    // 使用buf
    // added: a use of buf
    fmt.Println("fresh buffer:", len(buf))
}

// 修复后
var bufferPool = sync.Pool{
    New: func() interface{} {
        return make([]byte, 1024*1024)
    },
}

// added: renamed from processRequest (declared twice in the notes)
func processRequestPooled() {
    buf := bufferPool.Get().([]byte)
    defer bufferPool.Put(buf)
    // 使用buf
    // added: a use of buf
    fmt.Println("pooled buffer:", len(buf))
}
// --- end of seed block 001_5590 ---

func main() {
    processRequest()
    processRequestPooled()
    processRequestPooled()
}
