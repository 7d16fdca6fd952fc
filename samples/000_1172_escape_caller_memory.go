// Sample from seed block 000_1172: returning &x (x escapes) versus writing
// into memory the caller provides.
// Added: the package clause, the import, a main that calls both.
package main

import "fmt"

// --- seed block 000_1172 ---
// 错误示例 - 会发生逃逸
func badExample() *int {
    x := 42
    return &x  // x逃逸到堆上
}

// 正确示例 - 避免逃逸
func goodExample(result *int) {
    *result = 42  // 使用调用者提供的内存
}
// --- end of seed block 000_1172 ---

func main() {
    p := badExample()
    var r int
    goodExample(&r)
    fmt.Println(*p, r)
}
