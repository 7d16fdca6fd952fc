// Sample from seed block 001_2208: an int32 used as a flag, set with
// StoreInt32 and tested with LoadInt32.
// Added: the package clause, the imports, main, a print inside the if (whose
// body in the notes is a comment).
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_2208 ---
    var flag int32

    // 设置标志
    atomic.StoreInt32(&flag, 1)

    // 检查标志
    if atomic.LoadInt32(&flag) == 1 {
        // 标志已设置
        // added: show that the branch is taken
        fmt.Println("flag is set")
    }
    // --- end of seed block 001_2208 ---
}
