// Sample from seed block 001_6615: formatting a million strings with
// Sprintf (a new string each time) versus Fprintf into a reused
// strings.Builder. (Builder.Reset drops the buffer, so String() still returns
// a fresh string each time.)
// Added: the package clause, the imports, a stub process (the notes do not
// define it) that counts bytes, and a main that prints the totals.
package main

import (
    "fmt"
    "strings"
)

// added: the notes call process without defining it.
var calls, bytes int

func process(s string) {
    calls++
    bytes += len(s)
}

func main() {
    // --- seed block 001_6615 ---
    // 错误示例
    for i := 0; i < 1000000; i++ {
        s := fmt.Sprintf("Number: %d", i) // 每次分配新字符串
        process(s)
    }

    // 更好的做法
    var builder strings.Builder
    for i := 0; i < 1000000; i++ {
        builder.Reset()
        fmt.Fprintf(&builder, "Number: %d", i)
        process(builder.String())
    }
    // --- end of seed block 001_6615 ---
    fmt.Println(calls, bytes)
}
