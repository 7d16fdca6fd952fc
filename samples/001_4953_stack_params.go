// Sample from seed block 001_4953: parameters and the result of a small
// function; float64 -> int conversion truncates toward zero.
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_4953 ---
func process(x int, y float64) int {
    // x, y在栈上
    return x + int(y) // 返回值在栈上
}
// --- end of seed block 001_4953 ---

func main() {
    fmt.Println(process(3, 2.9), process(-3, -2.9))
}
