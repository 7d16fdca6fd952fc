// Sample from seed block 001_3120: a goroutine that never calls Done leaves
// the WaitGroup counter at 1 and Wait blocks forever. Once the goroutine has
// returned, nothing can wake main: "fatal error: all goroutines are asleep -
// deadlock!" (exit 2).
// Added: the package clause, the imports, main, the wg the notes leave
// undefined.
package main

import "sync"

func main() {
    // added: the notes' wg
    var wg sync.WaitGroup
    // --- seed block 001_3120 ---
    wg.Add(1)
    go func() {
        // 忘记调用wg.Done()
    }()
    wg.Wait() // 永远阻塞
    // --- end of seed block 001_3120 ---
}
