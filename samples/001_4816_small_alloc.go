// Sample from seed block 001_4816: a small (16-byte) object allocated with &.
// Added: the package clause, the import, main, a print of the value.
package main

import "fmt"

func main() {
    // --- seed block 001_4816 ---
    // 小对象示例
    type Point struct {
        X, Y float64
    }
    p := &Point{1.0, 2.0} // 小对象分配
    // --- end of seed block 001_4816 ---
    fmt.Println(*p, p.X+p.Y)
}
