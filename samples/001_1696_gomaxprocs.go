// Sample from seed block 001_1696: runtime.GOMAXPROCS(0) reads the number of
// Ps, GOMAXPROCS(n) sets it.
// The default is the machine's CPU count, so the first and last prints
// would depend on the machine: they print a comparison instead of the
// number (marked "added:"). The notes label NumCPU "Current threads", but
// it is the number of usable CPUs, not of threads.
// Added: the package clause (the notes give the imports), the comparisons.
package main

// --- seed block 001_1696 ---
import (
    "fmt"
    "runtime"
)

func main() {
    // 获取当前GOMAXPROCS值
    // added: was fmt.Println("Default GOMAXPROCS:", runtime.GOMAXPROCS(0))
    fmt.Println("Default GOMAXPROCS == NumCPU:", runtime.GOMAXPROCS(0) == runtime.NumCPU())
    
    // 设置GOMAXPROCS
    runtime.GOMAXPROCS(4)
    fmt.Println("New GOMAXPROCS:", runtime.GOMAXPROCS(0))
    
    // 获取当前线程数(不精确)
    // added: was fmt.Println("Current threads:", runtime.NumCPU())
    fmt.Println("Current threads:", runtime.NumCPU() >= 1)
}
// --- end of seed block 001_1696 ---
