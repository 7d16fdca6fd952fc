// Sample from seed block 001_1367: reading a map element gives a copy.
// Added: the package clause, the import, main, and `_ = v` (v is assigned
// but never read, which gc rejects as "declared but not used").
package main

import "fmt"

func main() {
    // --- seed block 001_1367 ---
    m := map[string]int{"a": 1}
    v := m["a"]
    v = 2
    fmt.Println(m["a"]) // 输出1，原map未变
    // --- end of seed block 001_1367 ---
    _ = v
}
