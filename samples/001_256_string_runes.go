// Sample from seed block 001_256: ranging over a string yields the byte
// index and the rune; len(s) counts bytes, len([]rune(s)) code points.
// Added: the package clause, the import, main, and a { } block around the
// second half, which redeclares s (two alternatives of the notes).
package main

import "fmt"

func main() {
    // --- seed block 001_256 ---
    // 使用rune遍历字符串
    s := "Hello, 世界"
    for i, r := range s {
        fmt.Printf("%d: %c [%d]\n", i, r, r)
    }

    // added: a { } block: this alternative redeclares s
    {
        // 字符串与rune的转换
        s := "你好"
        runes := []rune(s)
        fmt.Println(len(s))      // 输出6（字节数）
        fmt.Println(len(runes))  // 输出2（字符数）
    }
    // --- end of seed block 001_256 ---
}
