// Sample from seed block 001_4962: summing a slice passed as a parameter
// (the slice header is copied; the backing array is shared).
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_4962 ---
func calculateSum(values []int) int {
    sum := 0 // 栈上
    for _, v := range values {
        sum += v
    }
    return sum
}
// --- end of seed block 001_4962 ---

func main() {
    fmt.Println(calculateSum([]int{1, 2, 3, 4}), calculateSum(nil))
}
