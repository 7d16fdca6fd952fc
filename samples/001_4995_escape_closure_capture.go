// Sample from seed block 001_4995: a closure capturing a parameter.
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_4995 ---
func makeAdder(x int) func(int) int {
    return func(y int) int {
        return x + y // x逃逸到堆上
    }
}
// --- end of seed block 001_4995 ---

func main() {
    add10 := makeAdder(10)
    add20 := makeAdder(20)
    fmt.Println(add10(5), add20(5), add10(-10))
}
