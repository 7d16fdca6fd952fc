// Sample from seed block 001_5303: an int, an array and an anonymous struct
// printed with fmt.Println.
// Added: the package clause, the import, a main that calls the function.
package main

import "fmt"

// --- seed block 001_5303 ---
func stackExample() {
    x := 42                // 栈上分配
    y := [5]int{1, 2, 3, 4, 5} // 小数组在栈上
    z := struct {
        name string
        age  int
    }{"Alice", 25}         // 结构体在栈上

    fmt.Println(x, y, z)   // 使用这些变量
}
// 函数返回时，x, y, z自动释放
// --- end of seed block 001_5303 ---

func main() {
    stackExample()
}
