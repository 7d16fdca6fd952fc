// Sample from seed block 001_3746: select {} blocks the goroutine forever.
// In main with no other goroutine, the runtime sees that nothing can ever
// wake it: "fatal error: all goroutines are asleep - deadlock!" (exit 2).
// Added: the package clause, main.
package main

func main() {
    // --- seed block 001_3746 ---
    // 阻塞当前goroutine
    select {}
    // --- end of seed block 001_3746 ---
}
