// Sample from seed block 001_1405: assigning to a map element.
// Added: the package clause, the import, main.
package main

import "fmt"

func main() {
    // --- seed block 001_1405 ---
    m := map[string]int{"a": 1}
    m["a"] = 2
    fmt.Println(m["a"]) // 输出2
    // --- end of seed block 001_1405 ---
}
