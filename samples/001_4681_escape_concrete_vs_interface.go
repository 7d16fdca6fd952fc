// Sample from seed block 001_4681: the same print through a concrete int
// parameter and through an interface{} parameter.
// Added: the package clause, the import, a main that calls both.
package main

import "fmt"

// --- seed block 001_4681 ---
// 具体类型版本
func printInt(x int) {
    fmt.Println(x)
}

// 接口类型版本（会导致逃逸）
func printAny(x interface{}) {
    fmt.Println(x)
}
// --- end of seed block 001_4681 ---

func main() {
    printInt(1)
    printAny(2)
    printAny("three")
}
