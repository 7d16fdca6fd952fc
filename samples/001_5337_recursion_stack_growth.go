// Sample from seed block 001_5337: each call has a 1 KB local array, so a
// recursion 1000 deep needs about 1 MB of stack: the goroutine's stack (2 KB
// at start) grows by copying several times.
// Added: the package clause, the import, a main that calls it.
package main

import "fmt"

// --- seed block 001_5337 ---
func recursiveFunction(n int) {
    if n <= 0 {
        return
    }
    // 大量局部变量
    var data [1024]byte
    // 使用data
    data[0] = byte(n)
    recursiveFunction(n-1) // 递归调用可能导致栈增长
}
// --- end of seed block 001_5337 ---

func main() {
    recursiveFunction(1000)
    fmt.Println("recursion of depth 1000 returned")
}
