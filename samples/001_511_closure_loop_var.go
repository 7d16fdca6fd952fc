// Sample from seed block 001_511: closures capture the loop variable itself.
// With Go 1.19 semantics a 3-clause loop has ONE variable i for the whole
// loop, so the first loop prints 3 3 3 (Go 1.22 gives a new i per iteration
// and would print 0 1 2). The two fixes of the notes print 0 1 2.
// Added: the package clause, the import, main, and after each fix the same
// call loop as after the trap (marked "added:"), so the fixes show output.
package main

import "fmt"

func main() {
    // --- seed block 001_511 ---
    // 陷阱
    funcs := make([]func(), 3)
    for i := 0; i < 3; i++ {
        funcs[i] = func() { fmt.Println(i) }
    }
    for _, f := range funcs {
        f() // 输出: 3, 3, 3
    }

    // 解决方法1: 参数传递
    for i := 0; i < 3; i++ {
        funcs[i] = func(i int) func() {
            return func() { fmt.Println(i) }
        }(i)
    }
    // added: call them, as after the trap
    for _, f := range funcs {
        f()
    }

    // 解决方法2: 局部变量
    for i := 0; i < 3; i++ {
        i := i // 创建局部变量
        funcs[i] = func() { fmt.Println(i) }
    }
    // added: call them, as after the trap
    for _, f := range funcs {
        f()
    }
    // --- end of seed block 001_511 ---
}
