// Sample from seed block 001_4983: a pointer parameter that does not escape
// (storeValue only writes through it). The program prints nothing.
// Added: the package clause.
package main

// --- seed block 001_4983 ---
func storeValue(ptr *int) {
    *ptr = 42
}

func main() {
    x := 0
    storeValue(&x) // x可能逃逸到堆上
}
// --- end of seed block 001_4983 ---
