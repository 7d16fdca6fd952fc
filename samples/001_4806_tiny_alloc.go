// Sample from seed block 001_4806: the "tiny object" examples of the notes.
// The note says s := "hello" may be allocated as a tiny object. In Go a
// string literal is static read-only data and is never allocated; only the
// 8-byte make([]byte, 8) can come from the tiny allocator (pointer-free,
// < 16 bytes), and only if it escapes.
// Added: the package clause, the import, main, a print of the values.
package main

import "fmt"

func main() {
    // --- seed block 001_4806 ---
    // 微对象示例
    s := "hello"        // 可能作为微对象分配
    b := make([]byte, 8) // 可能作为微对象分配
    // --- end of seed block 001_4806 ---
    fmt.Println(s, len(b), cap(b))
}
