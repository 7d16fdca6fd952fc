// Sample from seed block 001_5162: reslicing to [:0] keeps the capacity, so
// the buffer is reused without new allocations.
// Added: the package clause, the import, main, a print of len and cap.
package main

import "fmt"

func main() {
    // --- seed block 001_5162 ---
    // 预分配
    buffer := make([]byte, 0, 1024*1024)

    // 复用
    for i := 0; i < 1000; i++ {
        buffer = buffer[:0] // 重置长度但保留容量
        // 使用buffer
    }
    // --- end of seed block 001_5162 ---
    buffer = append(buffer, "reused"...)
    fmt.Println(len(buffer), cap(buffer), string(buffer))
}
