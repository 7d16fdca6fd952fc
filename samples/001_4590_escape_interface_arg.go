// Sample from seed block 001_4590: passing an int as interface{} (the note
// says x escapes; gc really reports that x escapes when converted to the
// interface of fmt.Println's argument). Here the program just runs.
// Added: the package clause and the import.
package main

import "fmt"

// --- seed block 001_4590 ---
func printValue(v interface{}) {
    fmt.Println(v)
}

func main() {
    x := 10
    printValue(x) // x逃逸到堆上
}
// --- end of seed block 001_4590 ---
