// Sample from seed block 001_2179: atomic.Value stores and loads any value
// as a whole; Load returns an interface{} to assert back.
// The notes name the loaded slice `strings`: no package of that name is
// imported, so it is an ordinary variable.
// Added: the package clause, the imports, main, a print of the slice.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2179 ---
    var v atomic.Value

    // 存储值
    v.Store([]string{"hello", "world"})

    // 加载值
    strings := v.Load().([]string)
    // --- end of seed block 001_2179 ---
    fmt.Println(strings, len(strings))
}
