// Sample from seed block 001_1845: iterate a map in key order by sorting the
// keys first (map iteration order itself is random).
// Added: the package clause, the imports, main.
package main

import (
    "fmt"
    "sort"
)

func main() {
    // --- seed block 001_1845 ---
    m := map[string]int{"c": 3, "a": 1, "b": 2}

    // 获取所有键
    keys := make([]string, 0, len(m))
    for k := range m {
        keys = append(keys, k)
    }

    // 对键进行排序
    sort.Strings(keys)

    // 按排序后的键遍历map
    for _, k := range keys {
        fmt.Printf("%s: %d\n", k, m[k])
    }
    // --- end of seed block 001_1845 ---
}
