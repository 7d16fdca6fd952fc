package main

import (
    "fmt"
    "log"
    "net/http"
    _ "net/http/pprof"
    "os"
    "runtime"
    "runtime/pprof"
    "runtime/trace"
    "sync"
    "time"
)

// 性能测试数据结构
type PerformanceTestData struct {
    Size     int
    Duration time.Duration
    Memory   uint64
    Allocs   uint64
}

// 性能测试器
type PerformanceTester struct {
    results []PerformanceTestData
    mu      sync.Mutex
}

func NewPerformanceTester() *PerformanceTester {
    return &PerformanceTester{
        results: make([]PerformanceTestData, 0),
    }
}

func (pt *PerformanceTester) Test(name string, size int, testFunc func()) {
    var m1, m2 runtime.MemStats
    runtime.GC()
    runtime.ReadMemStats(&m1)
    
    start := time.Now()
    testFunc()
    duration := time.Since(start)
    
    runtime.ReadMemStats(&m2)
    
    result := PerformanceTestData{
        Size:     size,
        Duration: duration,
        Memory:   m2.HeapAlloc - m1.HeapAlloc,
        Allocs:   m2.Mallocs - m1.Mallocs,
    }
    
    pt.mu.Lock()
    pt.results = append(pt.results, result)
    pt.mu.Unlock()
    
    fmt.Printf("%s (size=%d): %v, memory=%d bytes, allocs=%d\n", 
        name, size, duration, result.Memory, result.Allocs)
}

// 字符串拼接性能对比
func stringConcatenationBenchmark(pt *PerformanceTester) {
    fmt.Println("\n=== 字符串拼接性能对比 ===")
    
    sizes := []int{100, 1000, 10000}
    
    for _, size := range sizes {
        // 方法1：使用+操作符
        pt.Test("String+", size, func() {
            result := ""
            for i := 0; i < size; i++ {
                result += "a"
            }
        })
        
        // 方法2：使用strings.Builder
        pt.Test("strings.Builder", size, func() {
            var builder strings.Builder
            builder.Grow(size) // 预分配容量
            for i := 0; i < size; i++ {
                builder.WriteString("a")
            }
            _ = builder.String()
        })
        
        // 方法3：使用bytes.Buffer
        pt.Test("bytes.Buffer", size, func() {
            var buffer bytes.Buffer
            buffer.Grow(size) // 预分配容量
            for i := 0; i < size; i++ {
                buffer.WriteString("a")
            }
            _ = buffer.String()
        })
    }
}

// Slice操作性能对比
func sliceOperationBenchmark(pt *PerformanceTester) {
    fmt.Println("\n=== Slice操作性能对比 ===")
    
    sizes := []int{1000, 10000, 100000}
    
    for _, size := range sizes {
        // 方法1：没有预分配
        pt.Test("slice-no-prealloc", size, func() {
            var slice []int
            for i := 0; i < size; i++ {
                slice = append(slice, i)
            }
        })
        
        // 方法2：预分配容量
        pt.Test("slice-prealloc", size, func() {
            slice := make([]int, 0, size)
            for i := 0; i < size; i++ {
                slice = append(slice, i)
            }
        })
        
        // 方法3：直接分配并访问
        pt.Test("slice-direct", size, func() {
            slice := make([]int, size)
            for i := 0; i < size; i++ {
                slice[i] = i
            }
        })
    }
}

// Map操作性能对比
func mapOperationBenchmark(pt *PerformanceTester) {
    fmt.Println("\n=== Map操作性能对比 ===")
    
    sizes := []int{1000, 10000, 100000}
    
    for _, size := range sizes {
        // 方法1：普通map
        pt.Test("map-normal", size, func() {
            m := make(map[int]int)
            for i := 0; i < size; i++ {
                m[i] = i * 2
            }
        })
        
        // 方法2：预分配容量的map
        pt.Test("map-prealloc", size, func() {
            m := make(map[int]int, size)
            for i := 0; i < size; i++ {
                m[i] = i * 2
            }
        })
        
        // 方法3：使用sync.Map（高并发场景）
        pt.Test("sync.Map", size, func() {
            var m sync.Map
            for i := 0; i < size; i++ {
                m.Store(i, i*2)
            }
        })
    }
}

// CPU密集型任务性能测试
func cpuIntensiveBenchmark(pt *PerformanceTester) {
    fmt.Println("\n=== CPU密集型任务性能测试 ===")
    
    // 数学计算任务
    pt.Test("fibonacci-recursive", 35, func() {
        fibonacci(35)
    })
    
    pt.Test("fibonacci-iterative", 35, func() {
        fibonacciIterative(35)
    })
    
    // 并发任务
    pt.Test("parallel-computation", 1000000, func() {
        parallelSum(1000000)
    })
}

// 递归斐波那契数列
func fibonacci(n int) int {
    if n <= 1 {
        return n
    }
    return fibonacci(n-1) + fibonacci(n-2)
}

// 迭代斐波那契数列
func fibonacciIterative(n int) int {
    if n <= 1 {
        return n
    }
    a, b := 0, 1
    for i := 2; i <= n; i++ {
        a, b = b, a+b
    }
    return b
}

// 并行计算求和
func parallelSum(n int) int {
    numWorkers := runtime.NumCPU()
    chunkSize := n / numWorkers
    
    results := make(chan int, numWorkers)
    
    for i := 0; i < numWorkers; i++ {
        start := i * chunkSize
        end := start + chunkSize
        if i == numWorkers-1 {
            end = n
        }
        
        go func(start, end int) {
            sum := 0
            for j := start; j < end; j++ {
                sum += j
            }
            results <- sum
        }(start, end)
    }
    
    total := 0
    for i := 0; i < numWorkers; i++ {
        total += <-results
    }
    
    return total
}

// 启动pprof服务器
func startPprofServer() {
    go func() {
        fmt.Println("启动pprof服务器: http://localhost:6060/debug/pprof/")
        log.Println(http.ListenAndServe("localhost:6060", nil))
    }()
}

// CPU profile分析
func runCPUProfile() {
    fmt.Println("\n=== CPU Profile分析 ===")
    
    // 创建CPU profile文件
    f, err := os.Create("cpu.prof")
    if err != nil {
        log.Fatal(err)
    }
    defer f.Close()
    
    // 开始CPU profiling
    if err := pprof.StartCPUProfile(f); err != nil {
        log.Fatal(err)
    }
    defer pprof.StopCPUProfile()
    
    // 执行一些CPU密集型任务
    for i := 0; i < 1000000; i++ {
        fibonacci(20)
    }
    
    fmt.Println("CPU profile已保存到 cpu.prof")
    fmt.Println("使用以下命令分析:")
    fmt.Println("go tool pprof cpu.prof")
}

// Memory profile分析
func runMemoryProfile() {
    fmt.Println("\n=== Memory Profile分析 ===")
    
    // 执行一些内存密集型任务
    var data [][]byte
    for i := 0; i < 1000; i++ {
        data = append(data, make([]byte, 1024*1024)) // 1MB
    }
    
    // 创建memory profile文件
    f, err := os.Create("mem.prof")
    if err != nil {
        log.Fatal(err)
    }
    defer f.Close()
    
    runtime.GC() // 强制执行GC以获得准确的内存数据
    if err := pprof.WriteHeapProfile(f); err != nil {
        log.Fatal(err)
    }
    
    fmt.Println("Memory profile已保存到 mem.prof")
    fmt.Println("使用以下命令分析:")
    fmt.Println("go tool pprof mem.prof")
    
    _ = data // 防止编译器优化
}

// Trace分析
func runTraceAnalysis() {
    fmt.Println("\n=== Trace分析 ===")
    
    // 创建trace文件
    f, err := os.Create("trace.out")
    if err != nil {
        log.Fatal(err)
    }
    defer f.Close()
    
    // 开始跟踪
    if err := trace.Start(f); err != nil {
        log.Fatal(err)
    }
    defer trace.Stop()
    
    // 执行一些并发任务
    var wg sync.WaitGroup
    for i := 0; i < 10; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            for j := 0; j < 100000; j++ {
                _ = fibonacciIterative(20)
            }
        }(i)
    }
    wg.Wait()
    
    fmt.Println("Trace数据已保存到 trace.out")
    fmt.Println("使用以下命令分析:")
    fmt.Println("go tool trace trace.out")
}

### 5.2 代码优化
**Q: 字符串拼接的性能比较？**
- + 操作符 vs fmt.Sprintf vs strings.Builder

func main() {
    // 启动pprof服务器
    startPprofServer()
    
    // 等待服务器启动
    time.Sleep(1 * time.Second)
    
    // 创建性能测试器
    pt := NewPerformanceTester()
    
    // 执行各种性能测试
    stringConcatenationBenchmark(pt)
    sliceOperationBenchmark(pt)
    mapOperationBenchmark(pt)
    cpuIntensiveBenchmark(pt)
    
    // 执行性能分析
    runCPUProfile()
    runMemoryProfile()
    runTraceAnalysis()
    
    fmt.Println("\n性能分析完成！")
    fmt.Println("访问 http://localhost:6060/debug/pprof/ 查看实时性能数据")
    
    // 保持程序运行以便查看pprof
    select {}
}
