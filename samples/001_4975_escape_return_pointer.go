// Sample from seed block 001_4975: a pointer to a local outlives the call.
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_4975 ---
func newValue() *int {
    x := 42
    return &x // x逃逸到堆上
}
// --- end of seed block 001_4975 ---

func main() {
    p, q := newValue(), newValue()
    *q = 7
    fmt.Println(*p, *q, p == q)
}
