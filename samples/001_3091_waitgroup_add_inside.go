// Sample from seed block 001_3091: the misuse of calling wg.Add inside the
// goroutine: a Wait that runs before the goroutines have called Add returns
// at once, without waiting for them.
// The sample does not call Wait (its result would be a race); it waits until
// runtime.NumGoroutine() is back to 1 and prints the counter state through
// a Wait that now returns at once (every Add was matched by a Done).
// Added: the package clause, the imports, main, the wg the notes leave
// undefined, the wait, the prints.
package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

func main() {
    // added: the notes' wg
    var wg sync.WaitGroup
    // --- seed block 001_3091 ---
    // 错误用法
    for i := 0; i < 5; i++ {
        go func() {
            wg.Add(1) // 错误：Add应在goroutine外调用
            // ...
            wg.Done()
        }()
    }
    // --- end of seed block 001_3091 ---
    for runtime.NumGoroutine() > 1 {
        time.Sleep(time.Millisecond)
    }
    wg.Wait()
    fmt.Println("all goroutines returned; the counter is back to 0")
}
