// Sample from seed block 001_4288: forgetting f.Close() versus defer
// f.Close(). file.txt does not exist here, so os.Open returns a nil *File and
// the ignored error; Close on a nil *File returns os.ErrInvalid, no panic.
// Added: the package clause, the imports, main, `_ = f` for the first f
// (unused otherwise), a { } block around the second alternative (it
// redeclares f) and a print of what Open returned.
package main

import (
    "fmt"
    "os"
)

func main() {
    // --- seed block 001_4288 ---
    // 错误示例
    f, _ := os.Open("file.txt")
    // added: this f is otherwise unused
    _ = f
    // 忘记调用 f.Close()

    // added: a { } block: this alternative redeclares f
    {
        // 正确示例
        f, _ := os.Open("file.txt")
        defer f.Close()
        // added: what Open returned, and what Close will return
        fmt.Println(f == nil, f.Close())
    }
    // --- end of seed block 001_4288 ---
}
