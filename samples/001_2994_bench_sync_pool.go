// Sample from seed block 001_2994: two benchmarks, a new bytes.Buffer per
// iteration against one taken from a sync.Pool.
// Run as a program through testing.Benchmark (each runs about 1 s, Go's
// default -benchtime). Timings and allocation counts differ on every run and
// between runtimes, so the sample prints only that each benchmark ran.
// Added: the package clause, the imports, and that main.
package main

import (
    "bytes"
    "fmt"
    "sync"
    "testing"
)

// --- seed block 001_2994 ---
func BenchmarkWithoutPool(b *testing.B) {
    b.ReportAllocs()
    for i := 0; i < b.N; i++ {
        buffer := new(bytes.Buffer)
        buffer.WriteString("hello")
    }
}

func BenchmarkWithPool(b *testing.B) {
    b.ReportAllocs()
    pool := sync.Pool{
        New: func() interface{} {
            return new(bytes.Buffer)
        },
    }
    b.ResetTimer()
    for i := 0; i < b.N; i++ {
        buffer := pool.Get().(*bytes.Buffer)
        buffer.Reset()
        buffer.WriteString("hello")
        pool.Put(buffer)
    }
}
// --- end of seed block 001_2994 ---

func main() {
    for _, bench := range []struct {
        name string
        f    func(*testing.B)
    }{{"WithoutPool", BenchmarkWithoutPool}, {"WithPool", BenchmarkWithPool}} {
        r := testing.Benchmark(bench.f)
        fmt.Println(bench.name, "ran:", r.N > 0 && r.T > 0)
    }
}
