// Sample from seed block 001_6570: writing through a sub-slice changes the
// original; copy() into a new slice breaks the sharing.
// Added: the package clause, the import, main, a { } block around the second
// alternative (it redeclares original and slice) and a print after each.
package main

import "fmt"

func main() {
    // --- seed block 001_6570 ---
    // 错误示例
    original := []int{1, 2, 3, 4, 5}
    slice := original[1:3]
    slice[0] = 99 // 修改了original[1]
    // added: show both
    fmt.Println(original, slice)

    // added: a { } block: this alternative redeclares original and slice
    {
        // 更好的做法
        original := []int{1, 2, 3, 4, 5}
        slice := make([]int, 2)
        copy(slice, original[1:3])
        slice[0] = 99 // 不影响original
        // added: show both
        fmt.Println(original, slice)
    }
    // --- end of seed block 001_6570 ---
}
