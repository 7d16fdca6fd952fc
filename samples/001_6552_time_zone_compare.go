// Sample from seed block 001_6552: comparing a local time with a UTC time.
// The notes' worry is unfounded: Before, After and Equal compare instants,
// whatever the Location, so both alternatives compare correctly. UTC()
// drops the monotonic clock reading, so both compare wall clocks.
// The notes declare t1 and t2 twice (two alternatives): the second pair is
// in a { } block. The if bodies are comments in the notes: the prints are
// added after each alternative.
// Added: the package clause, the imports, main, the { } block, prints of
// whether t2 is not before t1 (t2 is read after t1) and of the locations.
package main

import (
    "fmt"
    "time"
)

func main() {
    // --- seed block 001_6552 ---
    // 错误示例
    t1 := time.Now()
    t2 := time.Now().UTC()
    if t1.Before(t2) {
        // 可能不准确，因为时区不同
    }
    // added: a print
    fmt.Println("local vs UTC, t2 not before t1:", !t2.Before(t1), t2.Location())

    // added: a { } block: this alternative redeclares t1 and t2
    {
        // 更好的做法
        t1 := time.Now().UTC()
        t2 := time.Now().UTC()
        if t1.Before(t2) {
            // 正确比较
        }
        // added: a print
        fmt.Println("UTC vs UTC, t2 not before t1:", !t2.Before(t1), t1.Location())
    }
    // --- end of seed block 001_6552 ---
}
