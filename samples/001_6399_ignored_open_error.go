// Sample from seed block 001_6399: ignoring os.Open's error versus checking
// it. file.txt does not exist, so log.Fatalf prints the error and exits with
// status 1 (deferred calls do not run).
// Added: the package clause, the imports, main, log.SetFlags(0) (log's
// default date/time prefix would make stderr differ on every run).
// Note: `file, err :=` is legal after `file, _ :=` in the same scope,
// because err is new.
package main

import (
    "log"
    "os"
)

func main() {
    // added: no timestamp, so the golden stderr is stable
    log.SetFlags(0)
    // --- seed block 001_6399 ---
    // 错误示例
    file, _ := os.Open("file.txt") // 忽略错误

    // 更好的做法
    file, err := os.Open("file.txt")
    if err != nil {
        log.Fatalf("Failed to open file: %v", err)
    }
    defer file.Close()
    // --- end of seed block 001_6399 ---
}
