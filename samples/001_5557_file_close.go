// Sample from seed block 001_5557: the same file-handle leak fix as 001_4288,
// from the notes' memory-leak section. file.txt does not exist here.
// Added: the package clause, the imports, main, `_ = f` for the first f, a
// { } block around the second alternative (it redeclares f) and prints.
package main

import (
    "fmt"
    "os"
)

func main() {
    // --- seed block 001_5557 ---
    // 修复前
    f, _ := os.Open("file.txt")
    // added: this f is otherwise unused
    _ = f
    // 忘记关闭

    // added: a { } block: this alternative redeclares f
    {
        // 修复后
        f, _ := os.Open("file.txt")
        defer f.Close()
        // added: what Open returned, and what Close will return
        fmt.Println(f == nil, f.Close())
    }
    // --- end of seed block 001_5557 ---
}
