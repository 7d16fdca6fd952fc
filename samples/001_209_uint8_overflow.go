// Sample from seed block 001_209: unsigned integers wrap around (uint8:
// 255+1 = 0, 0-1 = 255); Go does not trap on overflow.
// Added: the package clause, the import, main.
package main

import "fmt"

func main() {
    // --- seed block 001_209 ---
    var a uint8 = 255
    fmt.Println(a + 1) // 输出0，发生溢出

    var b uint8 = 0
    fmt.Println(b - 1) // 输出255，发生下溢
    // --- end of seed block 001_209 ---
}
