// Sample from seed block 001_5019: an int passed as interface{}.
// Added: the package clause and the import.
package main

import "fmt"

// --- seed block 001_5019 ---
func printAny(v interface{}) {
    fmt.Println(v)
}

func main() {
    x := 42
    printAny(x) // x逃逸到堆上
}
// --- end of seed block 001_5019 ---
