// Sample from seed block 000_1186: a benchmark with two sub-benchmarks
// (b.Run): string += against strings.Builder.
// Run as a program through testing.Benchmark (each sub-benchmark runs about
// 1 s, Go's default -benchtime). Timings differ on every run and between
// runtimes, so the sample prints only that the benchmark ran.
// Added: the package clause, the imports, and that main.
package main

import (
    "fmt"
    "strings"
    "testing"
)

// --- seed block 000_1186 ---
// 性能测试对比
func BenchmarkStringConcat(b *testing.B) {
    strs := []string{"hello", "world", "golang", "performance"}
    
    b.Run("Plus", func(b *testing.B) {
        for i := 0; i < b.N; i++ {
            result := ""
            for _, s := range strs {
                result += s
            }
        }
    })
    
    b.Run("Builder", func(b *testing.B) {
        for i := 0; i < b.N; i++ {
            var builder strings.Builder
            for _, s := range strs {
                builder.WriteString(s)
            }
            _ = builder.String()
        }
    })
}
// --- end of seed block 000_1186 ---

func main() {
    r := testing.Benchmark(BenchmarkStringConcat)
    fmt.Println("BenchmarkStringConcat ran:", r.N > 0)
}
