// Sample from seed block 001_124: deferred calls run last-in first-out, and a
// deferred closure can change a named result after `return 5` has set it.
// Added: the package clause, the import, a main that calls both functions.
// The block declares `example` twice (two alternatives of the notes): the
// second is renamed exampleResult, the only change inside the block.
package main

import "fmt"

// --- seed block 001_124 ---
// 多个defer的执行顺序
func example() {
    defer fmt.Println("First")
    defer fmt.Println("Second")
    defer fmt.Println("Third")
}
// 输出顺序: Third, Second, First

// defer修改返回值
// added: renamed from example (declared twice in the notes)
func exampleResult() (result int) {
    defer func() {
        result *= 2 // 修改命名返回值
    }()
    return 5 // 返回值会变成10
}
// --- end of seed block 001_124 ---

func main() {
    example()
    fmt.Println(exampleResult())
}
