// Sample from seed block 001_4625: make with a size known only at run time
// (gc must heap-allocate it: "make([]byte, size) escapes to heap").
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_4625 ---
func makeBuffer(size int) []byte {
    return make([]byte, size) // 大小在运行时确定，可能逃逸
}
// --- end of seed block 001_4625 ---

func main() {
    b := makeBuffer(100)
    fmt.Println(len(b), cap(b), b[99])
}
