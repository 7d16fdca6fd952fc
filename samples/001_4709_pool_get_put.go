// Sample from seed block 001_4709: Get a bytes.Buffer from a sync.Pool,
// Reset it, use it, Put it back.
// Added: the package clause, the imports, a use of the buffer (marked
// "added:") and a main calling process twice.
package main

import (
    "bytes"
    "fmt"
    "sync"
)

// --- seed block 001_4709 ---
var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}

func process() {
    buf := bufferPool.Get().(*bytes.Buffer)
    buf.Reset()
    // 使用buf
    // added: a use of the buffer: after Reset it is always empty
    fmt.Println("len after Reset:", buf.Len())
    buf.WriteString("data")
    bufferPool.Put(buf)
}
// --- end of seed block 001_4709 ---

func main() {
    process()
    process()
}
