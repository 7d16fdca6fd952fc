// Sample from seed block 001_4828: a 1 MB slice, above the 32 KB small-size
// limit, so gc allocates it straight from the heap (large object).
// Added: the package clause, the import, main, a use of the buffer.
package main

import "fmt"

func main() {
    // --- seed block 001_4828 ---
    // 大对象示例
    buf := make([]byte, 1<<20) // 1MB，大对象分配
    // --- end of seed block 001_4828 ---
    buf[len(buf)-1] = 1
    fmt.Println(len(buf), buf[0], buf[len(buf)-1])
}
