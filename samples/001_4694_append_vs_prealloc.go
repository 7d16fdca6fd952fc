// Sample from seed block 001_4694: growing a slice by append versus
// preallocating its capacity. Appending one by one from cap 0, Go 1.19's
// growslice doubles up to 512, then grows by (cap+3*256)/4 and rounds the
// byte size up to a malloc size class: 512 -> 832 -> 848 (6784-byte class)
// -> 1252 -> 1280 (10240-byte class). Preallocated, the cap stays 1000.
// Added: the package clause, the import, main, a { } block around the second
// half (it redeclares s) and a print after each half.
package main

import "fmt"

func main() {
    // --- seed block 001_4694 ---
    // 可能导致多次扩容和逃逸
    s := make([]int, 0)
    for i := 0; i < 1000; i++ {
        s = append(s, i)
    }
    // added: show the result
    fmt.Println(len(s), cap(s), s[999])

    // added: a { } block: this alternative redeclares s
    {
        // 预分配容量
        s := make([]int, 0, 1000)
        for i := 0; i < 1000; i++ {
            s = append(s, i)
        }
        // added: show the result
        fmt.Println(len(s), cap(s), s[999])
    }
    // --- end of seed block 001_4694 ---
}
