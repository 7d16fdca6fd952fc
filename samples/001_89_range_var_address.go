// Sample from seed block 001_89: in Go 1.19 a for-range loop has one
// variable v for the whole loop, so &v is the same pointer every time and
// all three point at the last value 3 (Go 1.22 gives a variable per
// iteration). &s[i] points at each element.
// Added: the package clause, the import, main, a print of what the pointers
// point at.
package main

import "fmt"

func main() {
    // --- seed block 001_89 ---
    // 地址复用问题
    s := []int{1, 2, 3}
    var ptrs []*int
    for _, v := range s {
        ptrs = append(ptrs, &v) // 所有指针都指向同一个地址
    }
    // 所有ptrs中的元素都指向最后一个值3

    // 正确做法
    for i := range s {
        ptrs = append(ptrs, &s[i]) // 获取slice元素的地址
    }
    // --- end of seed block 001_89 ---
    for _, p := range ptrs {
        fmt.Print(*p, " ")
    }
    fmt.Println(ptrs[0] == ptrs[1], ptrs[3] == &s[0])
}
