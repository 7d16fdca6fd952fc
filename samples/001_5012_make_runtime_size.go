// Sample from seed block 001_5012: make with a run-time size.
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_5012 ---
func makeBuffer(size int) []byte {
    return make([]byte, size) // 在堆上
}
// --- end of seed block 001_5012 ---

func main() {
    for _, n := range []int{0, 1, 1 << 16} {
        b := makeBuffer(n)
        fmt.Println(len(b), cap(b))
    }
}
