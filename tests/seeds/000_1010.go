package main

import (
    "fmt"
    "runtime"
)

// 逃逸场景1：返回局部变量指针
func escapeScenario1() *int {
    x := 42
    return &x // x逃逸到堆上
}

// 优化方案：使用值返回
func optimizedScenario1() int {
    x := 42
    return x // x在栈上
}

// 逃逸场景2：闭包引用外部变量
func escapeScenario2() func() int {
    x := 42
    return func() int {
        return x // x因为被闭包引用而逃逸
    }
}

// 优化方案：避免闭包或传递参数
func optimizedScenario2(initialValue int) func() int {
    return func() int {
        return initialValue // initialValue作为参数传入
    }
}

// 逃逸场景3：接口赋值
func escapeScenario3() interface{} {
    x := 42
    return x // x逃逸到堆上，因为被包装成interface{}
}

// 优化方案：使用具体类型
func optimizedScenario3() int {
    x := 42
    return x // 直接返回具体类型
}

// 逃逸场景4：slice动态增长
func escapeScenario4() []int {
    var slice []int
    for i := 0; i < 1000; i++ {
        slice = append(slice, i) // slice可能多次重新分配
    }
    return slice
}

// 优化方案：预分配容量
func optimizedScenario4() []int {
    slice := make([]int, 0, 1000) // 预分配容量
    for i := 0; i < 1000; i++ {
        slice = append(slice, i)
    }
    return slice
}

// 逃逸分析工具函数
func analyzeEscape() {
    fmt.Println("\n=== 内存逃逸分析 ===")
    
    var m1, m2 runtime.MemStats
    
    // 测试逃逸场景
    runtime.ReadMemStats(&m1)
    
    const iterations = 1000
    
    // 测试逃逸情况
    fmt.Println("测试逃逸情况:")
    for i := 0; i < iterations; i++ {
        _ = escapeScenario1()
        _ = escapeScenario2()
        _ = escapeScenario3()
        _ = escapeScenario4()
    }
    
    runtime.ReadMemStats(&m2)
    fmt.Printf("堆分配增加: %d bytes\n", m2.HeapAlloc-m1.HeapAlloc)
    fmt.Printf("分配次数增加: %d\n", m2.Mallocs-m1.Mallocs)
    
    // 测试优化情况
    runtime.GC()
    runtime.ReadMemStats(&m1)
    
    fmt.Println("\n测试优化情况:")
    for i := 0; i < iterations; i++ {
        _ = optimizedScenario1()
        _ = optimizedScenario2(42)
        _ = optimizedScenario3()
        _ = optimizedScenario4()
    }
    
    runtime.ReadMemStats(&m2)
    fmt.Printf("堆分配增加: %d bytes\n", m2.HeapAlloc-m1.HeapAlloc)
    fmt.Printf("分配次数增加: %d\n", m2.Mallocs-m1.Mallocs)
}

// 高级逃逸分析技巧
func advancedEscapeAnalysis() {
    fmt.Println("\n=== 高级逃逸分析技巧 ===")
    
    // 1. 使用编译器标志分析逃逸
    fmt.Println("1. 使用编译器标志:")
    fmt.Println("   go build -gcflags='-m' main.go")
    fmt.Println("   可以显示哪些变量逃逸到堆上")
    
    // 2. 优化技巧示例
    fmt.Println("\n2. 常用优化技巧:")
    
    // 技巧1：使用对象池避免频繁分配
    type LargeStruct struct {
        Data [1024]byte
    }
    
    pool := sync.Pool{
        New: func() interface{} {
            return &LargeStruct{}
        },
    }
    
    obj := pool.Get().(*LargeStruct)
    // 使用obj...
    pool.Put(obj)
    
    fmt.Println("   - 使用sync.Pool避免频繁分配")
    
    // 技巧2：预分配slice容量
    const size = 1000
    slice := make([]int, 0, size) // 预分配容量
    for i := 0; i < size; i++ {
        slice = append(slice, i)
    }
    fmt.Println("   - 预分配slice容量避免重新分配")
    
    // 技巧3：使用栈上数组而非slice（小数据量）
    var stackArray [10]int
    for i := range stackArray {
        stackArray[i] = i
    }
    fmt.Println("   - 小数据量使用数组而非slice")
    
    _ = slice
    _ = stackArray
}

func main() {
    analyzeEscape()
    advancedEscapeAnalysis()
}
