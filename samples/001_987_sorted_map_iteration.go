// Sample from seed block 001_987: collect the keys, sort.Strings them, then
// read the map in that order.
// Added: the package clause, the imports, main.
package main

import (
    "fmt"
    "sort"
)

func main() {
    // --- seed block 001_987 ---
    m := map[string]int{
        "c": 3,
        "a": 1,
        "b": 2,
    }

    // 获取所有键
    keys := make([]string, 0, len(m))
    for k := range m {
        keys = append(keys, k)
    }

    // 对键进行排序
    sort.Strings(keys)

    // 按排序后的顺序遍历
    for _, k := range keys {
        fmt.Println(k, m[k])
    }
    // 输出:
    // a 1
    // b 2
    // c 3
    // --- end of seed block 001_987 ---
}
