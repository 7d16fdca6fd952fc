// Sample from seed block 001_1042: a map never shrinks after deletes, so the
// notes copy the wanted entries into a new map and drop the old one.
// Added: the package clause, the import, main, a print of the result.
package main

import "fmt"

func main() {
    // --- seed block 001_1042 ---
    // 释放map内存的方法
    oldMap := map[string]int{"a": 1, "b": 2, "c": 3}
    // 删除了很多元素后...

    // 创建新map并复制需要的元素
    newMap := make(map[string]int, len(oldMap))
    for k, v := range oldMap {
        newMap[k] = v
    }

    // 让oldMap被垃圾回收
    oldMap = nil
    // --- end of seed block 001_1042 ---
    fmt.Println(len(newMap), newMap, oldMap == nil, len(oldMap))
}
