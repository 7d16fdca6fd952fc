// Sample from seed block 001_4603: a slice grown by append from cap 0.
// The capacities Go 1.19 reaches (growslice: doubling below 256, then
// rounding up to a malloc size class) show in the printed cap.
// Added: the package clause, the import, a main that prints the result.
package main

import "fmt"

// --- seed block 001_4603 ---
func createSlice() []int {
    s := make([]int, 0)
    for i := 0; i < 100; i++ {
        s = append(s, i) // 可能导致扩容，数据逃逸
    }
    return s
}
// --- end of seed block 001_4603 ---

func main() {
    s := createSlice()
    fmt.Println(len(s), cap(s), s[0], s[99])
}
