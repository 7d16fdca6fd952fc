// Sample from seed block 001_485: each call of adder() makes a closure with
// its own captured `sum`, shared by all calls of that closure.
// Added: the package clause and the import.
package main

import "fmt"

// --- seed block 001_485 ---
// 函数工厂
func adder() func(int) int {
    sum := 0
    return func(x int) int {
        sum += x
        return sum
    }
}

func main() {
    pos := adder()
    fmt.Println(pos(1)) // 1
    fmt.Println(pos(2)) // 3
    fmt.Println(pos(3)) // 6

    neg := adder()      // 新的闭包实例
    fmt.Println(neg(1)) // 1
}
// --- end of seed block 001_485 ---
