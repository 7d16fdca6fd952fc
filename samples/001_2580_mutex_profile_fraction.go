// Sample from seed block 001_2580: runtime.SetMutexProfileFraction(10) asks
// the runtime to sample 1 in 10 mutex contention events for the mutex
// profile; it returns the previous rate (0, off), and a negative rate only
// reads the current one.
// Added: the package clause (the notes give the import), a print of the
// rate read back (marked "added:").
package main

// added: fmt, for the print
import "fmt"

// --- seed block 001_2580 ---
import "runtime"

func main() {
    // 启用互斥锁分析
    runtime.SetMutexProfileFraction(10)
    // ...
    // added: read the rate back
    fmt.Println(runtime.SetMutexProfileFraction(-1))
}
// --- end of seed block 001_2580 ---
