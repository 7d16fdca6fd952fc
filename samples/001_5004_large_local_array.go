// Sample from seed block 001_5004: an 80 KB local array. The note says it may
// be on the heap; gc keeps explicitly declared variables of up to 10 MB on the
// stack (MaxStackVarSize), so it stays on the stack and the goroutine's stack
// grows to hold it.
// Added: the package clause, the import, `_ = arr` inside the function (arr
// is otherwise unused, a compile error), and a main that calls it.
package main

import "fmt"

// --- seed block 001_5004 ---
func createLargeArray() {
    arr := [10000]int{} // 可能在堆上
    // 使用arr
    // added: arr is otherwise unused (a compile error)
    _ = arr
}
// --- end of seed block 001_5004 ---

func main() {
    createLargeArray()
    fmt.Println("createLargeArray returned")
}
