// Sample from seed block 000_1749: a benchmark with two sub-benchmarks
// (b.Run): appending 1000 ints to a nil slice against a preallocated one.
// Run as a program through testing.Benchmark (each sub-benchmark runs about
// 1 s, Go's default -benchtime). Timings differ on every run and between
// runtimes, so the sample prints only that the benchmark ran.
// Added: the package clause, the imports, and that main.
package main

import (
    "fmt"
    "testing"
)

// --- seed block 000_1749 ---
func BenchmarkSliceAppend(b *testing.B) {
    b.Run("WithoutPrealloc", func(b *testing.B) {
        for i := 0; i < b.N; i++ {
            var slice []int
            for j := 0; j < 1000; j++ {
                slice = append(slice, j)
            }
        }
    })
    
    b.Run("WithPrealloc", func(b *testing.B) {
        for i := 0; i < b.N; i++ {
            slice := make([]int, 0, 1000)
            for j := 0; j < 1000; j++ {
                slice = append(slice, j)
            }
        }
    })
}
// --- end of seed block 000_1749 ---

func main() {
    r := testing.Benchmark(BenchmarkSliceAppend)
    fmt.Println("BenchmarkSliceAppend ran:", r.N > 0)
}
