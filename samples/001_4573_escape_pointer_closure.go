// Sample from seed block 001_4573: returning &local and capturing a parameter
// in a closure (both escape to the heap under gc's escape analysis; the
// report itself is `subgo escape`, issue 6). Here the program just runs.
// Added: the package clause, the import, a main that calls both functions.
package main

import "fmt"

// --- seed block 001_4573 ---
// 返回局部变量的指针
func newValue() *int {
    v := 10
    return &v // v逃逸到堆上
}

// 闭包捕获局部变量
func createAdder(x int) func(int) int {
    return func(y int) int {
        return x + y // x逃逸到堆上
    }
}
// --- end of seed block 001_4573 ---

func main() {
    p := newValue()
    fmt.Println(*p)
    add := createAdder(5)
    fmt.Println(add(3), add(10))
}
