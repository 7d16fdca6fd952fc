// Sample from seed block 001_5101: 10,000 allocations of 1 KB versus one of
// 10 MB (the notes' point: many small objects cost the GC more).
// Added: the package clause, the import, main, a final print.
package main

import "fmt"

func main() {
    // --- seed block 001_5101 ---
    // 大量小对象
    for i := 0; i < 10000; i++ {
        _ = make([]byte, 1024) // 1KB小对象
    }

    // 少量大对象
    _ = make([]byte, 10*1024*1024) // 10MB大对象
    // --- end of seed block 001_5101 ---
    fmt.Println("done")
}
