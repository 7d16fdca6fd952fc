// Sample from seed block 001_5031: make of a channel, a map and a slice;
// the notes say all three are heap-allocated. That holds for the channel
// (gc's makechan always allocates on the heap), but gc keeps the map and the
// slice on the stack here (go build -gcflags=-m: "make(map[string]int) does
// not escape", "make([]int, 10) does not escape"): neither outlives the call.
// Added: the package clause, the imports, `_, _, _ = ch, m, s` (gc rejects
// unused variables), and a main calling the function.
package main

import "fmt"

// --- seed block 001_5031 ---
func createCollections() {
    ch := make(chan int)    // 在堆上
    m := make(map[string]int) // 在堆上
    s := make([]int, 10)    // 底层数组在堆上
    // added: gc rejects unused variables
    _, _, _ = ch, m, s
}
// --- end of seed block 001_5031 ---

func main() {
    createCollections()
    fmt.Println("createCollections returned")
}
