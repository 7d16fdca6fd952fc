// Sample from seed block 001_4938: locals of several kinds that stay on the
// stack (fmt.Println's arguments are copied into interfaces).
// Added: the package clause, the import, a main that calls the function.
package main

import "fmt"

// --- seed block 001_4938 ---
func stackAllocation() {
    x := 42                // 栈上
    y := 3.14              // 栈上
    point := struct{ x, y int }{1, 2} // 栈上
    arr := [3]int{1, 2, 3} // 栈上

    // 使用这些变量
    fmt.Println(x, y, point, arr)
}
// --- end of seed block 001_4938 ---

func main() {
    stackAllocation()
}
