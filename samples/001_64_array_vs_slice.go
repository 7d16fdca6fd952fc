// Sample from seed block 001_64: an array literal, a slice literal and a
// slice made with length 3 and capacity 5.
// Added: the package clause, the import, main, a print of the values.
package main

import "fmt"

func main() {
    // --- seed block 001_64 ---
    // 数组
    arr := [3]int{1, 2, 3}

    // 切片
    slice1 := []int{1, 2, 3}
    slice2 := make([]int, 3, 5)
    // --- end of seed block 001_64 ---
    fmt.Println(arr, len(arr), slice1, len(slice1), cap(slice1), slice2, len(slice2), cap(slice2))
}
