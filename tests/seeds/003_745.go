package main

import (
    "fmt"
    "runtime"
    "time"
)

type LeakyStruct struct {
    data [1024]byte
}

var globalSlice []*LeakyStruct

func memoryLeak() {
    // 模拟内存泄漏
    for i := 0; i < 1000; i++ {
        leak := &LeakyStruct{}
        globalSlice = append(globalSlice, leak)
    }
}

func printMemStats() {
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    fmt.Printf("Alloc = %d KB", bToKb(m.Alloc))
    fmt.Printf(", TotalAlloc = %d KB", bToKb(m.TotalAlloc))
    fmt.Printf(", Sys = %d KB", bToKb(m.Sys))
    fmt.Printf(", NumGC = %v\n", m.NumGC)
}

func bToKb(b uint64) uint64 {
    return b / 1024
}

func main() {
    printMemStats()
    
    for i := 0; i < 10; i++ {
        memoryLeak()
        time.Sleep(1 * time.Second)
        printMemStats()
    }
}
