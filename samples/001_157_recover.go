// Sample from seed block 001_157: recover() called directly by a deferred
// function stops the panic, and main returns normally (exit 0).
// Added to the block: the package clause and the import.
package main

import "fmt"

// --- seed block 001_157 ---
func main() {
    defer func() {
        if r := recover(); r != nil {
            fmt.Println("Recovered:", r)
        }
    }()
    panic("Something went wrong")
    // 输出: Recovered: Something went wrong
}
// --- end of seed block 001_157 ---
