// Sample from seed block 001_2032: the sync.Map API with string values.
// (001_2856 is the same text.)
// Added: the package clause, the imports, main, prints of what Load and
// LoadOrStore returned (they also keep gc from rejecting an unused ok).
package main

import (
    "fmt"
    "sync"
)

func main() {
    // --- seed block 001_2032 ---
    var m sync.Map

    // 存储
    m.Store("key", "value")

    // 加载
    value, ok := m.Load("key")
    // added: what Load returned
    fmt.Println(value, ok)

    // 删除
    m.Delete("key")

    // 加载或存储
    value, loaded := m.LoadOrStore("key", "default")

    // 遍历
    m.Range(func(key, value interface{}) bool {
        fmt.Println(key, value)
        return true // 继续遍历
    })
    // --- end of seed block 001_2032 ---
    fmt.Println(value, loaded)
}
