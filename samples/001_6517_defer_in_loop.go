// Sample from seed block 001_6517: defer inside a loop runs only when the
// function returns; wrapping the body in a func literal closes each file at
// the end of its iteration. None of the files exists here, so f is nil and
// Close returns an error that is ignored.
// Added: the package clause, the imports, main, a deferred print that shows
// when main's own deferred calls run.
package main

import (
    "fmt"
    "os"
)

func main() {
    // added: runs last, after the ten deferred f.Close() of the first loop
    defer fmt.Println("main's deferred calls done")
    // --- seed block 001_6517 ---
    // 错误示例
    for i := 0; i < 10; i++ {
        f, _ := os.Open(fmt.Sprintf("file%d.txt", i))
        defer f.Close() // 所有文件在函数结束时才关闭
    }

    // 更好的做法
    for i := 0; i < 10; i++ {
        func() {
            f, _ := os.Open(fmt.Sprintf("file%d.txt", i))
            defer f.Close() // 每次迭代结束就关闭
        }()
    }
    // --- end of seed block 001_6517 ---
    fmt.Println("loops done")
}
