// Sample from seed block 001_5318: values returned from functions: a pointer
// to a local, a 1000-element slice, a map.
// Added: the package clause, the import, a main that uses the results.
package main

import "fmt"

// --- seed block 001_5318 ---
func heapExample() *int {
    x := 42
    return &x              // x逃逸到堆上
}

func makeSlice() []int {
    return make([]int, 1000) // 大切片的底层数组在堆上
}

func makeMap() map[string]int {
    return make(map[string]int) // map在堆上
}
// --- end of seed block 001_5318 ---

func main() {
    p := heapExample()
    s := makeSlice()
    m := makeMap()
    m["k"] = len(s)
    fmt.Println(*p, len(s), cap(s), m)
}
