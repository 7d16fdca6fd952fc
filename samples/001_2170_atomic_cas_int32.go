// Sample from seed block 001_2170: atomic.CompareAndSwapInt32 sets x to new
// only if x still holds old.
// Added: the package clause, the imports, main, the values old and new that
// the notes use without declaring, a loop running the block twice: first
// with old 0, which matches the fresh x and swaps, then with old 7, which
// does not and leaves x at 0; prints of the results.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // added: the notes use old and new as placeholders
    old, new := int32(0), int32(7)
    for i := 0; i < 2; i++ {
        // --- seed block 001_2170 ---
        var x int32
        // 如果x的当前值等于old，则将x设为new并返回true
        swapped := atomic.CompareAndSwapInt32(&x, old, new)
        // --- end of seed block 001_2170 ---
        fmt.Println(swapped, x)
        // added: the second round expects x == 7 but finds 0
        old = 7
    }
}
