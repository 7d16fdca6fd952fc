// Sample from seed block 001_5354: a loop making a [10]int (stack) against
// one making a make([]int, 10) (which gc also keeps on the stack here: it
// does not escape), each timed with time.Since.
// The durations differ on every run, so the two prints show whether a
// non-negative duration was measured instead of the duration itself (the
// only change inside the block, marked "added:").
// Added: the package clause, the imports, a main calling benchmark.
package main

import (
    "fmt"
    "time"
)

// --- seed block 001_5354 ---
func benchmark() {
    // 栈分配 - 更快
    start := time.Now()
    for i := 0; i < 1000000; i++ {
        x := [10]int{}
        x[0] = i
    }
    // added: was fmt.Println("Stack:", time.Since(start))
    fmt.Println("Stack:", time.Since(start) >= 0)
    
    // 堆分配 - 更慢
    start = time.Now()
    for i := 0; i < 1000000; i++ {
        x := make([]int, 10)
        x[0] = i
    }
    // added: was fmt.Println("Heap:", time.Since(start))
    fmt.Println("Heap:", time.Since(start) >= 0)
}
// --- end of seed block 001_5354 ---

func main() {
    benchmark()
}
