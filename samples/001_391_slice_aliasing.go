// Sample from seed block 001_391: a sub-slice shares its backing array, so
// appending to it within capacity overwrites the original's next element;
// a 3-byte sub-slice keeps the whole 1 MB array alive.
// Added: the package clause, the import, main, a print of the slices.
package main

import "fmt"

func main() {
    // --- seed block 001_391 ---
    // append导致的问题
    s1 := []int{1, 2, 3, 4, 5}
    s2 := s1[1:3]        // s2: [2, 3]
    s2 = append(s2, 100) // s2: [2, 3, 100], s1变成[1, 2, 3, 100, 5]

    // 子切片引用问题
    data := make([]byte, 1000000)
    small := data[:3] // small引用了整个data底层数组
    // --- end of seed block 001_391 ---
    fmt.Println(s1, s2, len(small), cap(small))
}
