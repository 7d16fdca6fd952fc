// Sample from seed block 001_4615: returning a [1024]int array by value
// (8 KB copied to the caller).
// Added: the package clause, the import, a main that uses the result.
package main

import "fmt"

// --- seed block 001_4615 ---
func createLargeArray() [1024]int {
    var arr [1024]int
    // 大数组可能直接在堆上分配
    return arr
}
// --- end of seed block 001_4615 ---

func main() {
    arr := createLargeArray()
    arr[1023] = 7
    fmt.Println(len(arr), arr[0], arr[1023])
}
