// Sample from seed block 001_222: detecting uint32 addition overflow by
// checking that the wrapped sum is smaller than an operand.
// Added: the package clause, the import, a main that calls the function.
package main

import "fmt"

// --- seed block 001_222 ---
// 加法溢出检测
func AddUint32Safe(a, b uint32) (uint32, bool) {
    sum := a + b
    if sum < a {
        return sum, false // 发生溢出
    }
    return sum, true // 安全
}
// --- end of seed block 001_222 ---

func main() {
    fmt.Println(AddUint32Safe(1, 2))
    fmt.Println(AddUint32Safe(4294967295, 1))
    fmt.Println(AddUint32Safe(4000000000, 294967295))
    fmt.Println(AddUint32Safe(4000000000, 294967296))
}
