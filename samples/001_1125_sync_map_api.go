// Sample from seed block 001_1125: the sync.Map API: Store, Load, Delete,
// LoadOrStore and Range.
// Added: the package clause, the imports, main, `_ = ok` (gc rejects the
// unused ok), prints of what Load and LoadOrStore returned.
package main

import (
    "fmt"
    "sync"
)

func main() {
    // --- seed block 001_1125 ---
    var m sync.Map

    // 存储
    m.Store("key", 10)

    // 获取
    value, ok := m.Load("key")
    // added: what Load returned
    fmt.Println(value, ok)

    // 删除
    m.Delete("key")

    // 获取或存储
    value, loaded := m.LoadOrStore("key", 10)

    // 遍历
    m.Range(func(key, value interface{}) bool {
        fmt.Println(key, value)
        return true // 继续遍历
    })
    // --- end of seed block 001_1125 ---
    fmt.Println(value, loaded)
}
