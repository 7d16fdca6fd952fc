// Sample from seed block 001_4918: channels live on the heap (gc's makechan
// always allocates there), whether returned or used only locally with
// another goroutine.
// Added: the package clause, the imports, a print in useChannel of the
// received value (marked "added:"), and a main calling both functions.
package main

import "fmt"

// --- seed block 001_4918 ---
func makeChannel() chan int {
    ch := make(chan int) // 分配在堆上
    return ch
}

func useChannel() {
    ch := make(chan int) // 即使局部使用，通常也在堆上
    go func() {
        ch <- 1 // 在另一个goroutine中使用
    }()
    // added: print what was received (the notes discard it)
    fmt.Println("received", <-ch)
}
// --- end of seed block 001_4918 ---

func main() {
    ch := makeChannel()
    fmt.Println(ch != nil, cap(ch))
    useChannel()
}
