// Sample from seed block 001_2970: a request handler that borrows a
// bytes.Buffer from a sync.Pool, resets it, uses it and puts it back.
// Whether the second Get returns the same buffer is up to the pool (a GC may
// empty it), so the sample prints only what process sees.
// Added: the package clause, the imports, the process function the notes
// call without defining (it prints the bytes), and a main with two requests.
package main

import (
    "bytes"
    "fmt"
    "sync"
)

// --- seed block 001_2970 ---
var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}

func processRequest(data []byte) {
    // 从池中获取buffer
    buffer := bufferPool.Get().(*bytes.Buffer)
    buffer.Reset() // 重置buffer状态
    
    // 使用buffer
    buffer.Write(data)
    process(buffer.Bytes())
    
    // 放回池中
    bufferPool.Put(buffer)
}
// --- end of seed block 001_2970 ---

// added: the notes' process
func process(b []byte) {
    fmt.Printf("process %q\n", b)
}

func main() {
    processRequest([]byte("first request"))
    processRequest([]byte("second"))
}
