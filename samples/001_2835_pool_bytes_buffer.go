// Sample from seed block 001_2835: a sync.Pool of *bytes.Buffer: Get (New
// makes one when the pool is empty), Reset, use, Put back.
// Added: the package clause, the imports, main, a use of the buffer and a
// print of it.
package main

import (
    "bytes"
    "fmt"
    "sync"
)

// --- seed block 001_2835 (declaration) ---
var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}
// --- end of seed block 001_2835 (declaration) ---

func main() {
    // --- seed block 001_2835 (statements) ---
    // 获取对象
    buffer := bufferPool.Get().(*bytes.Buffer)
    buffer.Reset()

    // 使用buffer
    // added: a use of the buffer
    buffer.WriteString("hello, pool")
    fmt.Println(buffer.String(), buffer.Len())

    // 放回池中
    bufferPool.Put(buffer)
    // --- end of seed block 001_2835 (statements) ---
}
