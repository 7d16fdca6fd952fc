// Sample from seed block 001_1247: a nil map can be read, measured and
// deleted from; only writing to it panics ("assignment to entry in nil map",
// left commented out as in the notes).
// Added: the package clause, the import, main.
package main

import "fmt"

func main() {
    // --- seed block 001_1247 ---
    // nil map
    var nilMap map[string]int
    fmt.Println(nilMap == nil)        // true
    fmt.Println(len(nilMap))          // 0
    fmt.Println(nilMap["key"])        // 0, 不会panic
    // nilMap["key"] = 10             // panic: assignment to entry in nil map
    delete(nilMap, "key")             // 不会panic，但没有效果

    // 空map
    emptyMap := make(map[string]int)
    fmt.Println(emptyMap == nil)      // false
    fmt.Println(len(emptyMap))        // 0
    fmt.Println(emptyMap["key"])      // 0, 不会panic
    emptyMap["key"] = 10              // 正常工作
    delete(emptyMap, "key")           // 正常工作
    // --- end of seed block 001_1247 ---
}
