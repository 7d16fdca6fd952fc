package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

// 模拟CPU密集型任务
func cpuIntensiveTask(id int, wg *sync.WaitGroup) {
    defer wg.Done()
    
    // 模拟计算密集型任务
    for i := 0; i < 1000000; i++ {
        _ = i * i
    }
    
    fmt.Printf("Task %d completed on goroutine, P: %d\n", 
        id, runtime.NumCPU())
}

// 模拟I/O阻塞任务
func ioBlockingTask(id int, wg *sync.WaitGroup) {
    defer wg.Done()
    
    // 模拟I/O阻塞
    time.Sleep(100 * time.Millisecond)
    
    fmt.Printf("I/O Task %d completed\n", id)
}

// 演示工作窃取算法
func demonstrateWorkStealing() {
    // 设置GOMAXPROCS
    numCPU := runtime.NumCPU()
    runtime.GOMAXPROCS(numCPU)
    
    fmt.Printf("系统CPU核心数: %d\n", numCPU)
    fmt.Printf("当前GOMAXPROCS: %d\n", runtime.GOMAXPROCS(0))
    
    var wg sync.WaitGroup
    
    // 创建大量goroutine来观察负载均衡
    numTasks := 20
    
    start := time.Now()
    
    // 混合CPU密集型和I/O密集型任务
    for i := 0; i < numTasks; i++ {
        wg.Add(2)
        
        // CPU密集型任务
        go cpuIntensiveTask(i, &wg)
        
        // I/O密集型任务
        go ioBlockingTask(i, &wg)
    }
    
    wg.Wait()
    
    elapsed := time.Since(start)
    fmt.Printf("总执行时间: %v\n", elapsed)
    fmt.Printf("当前goroutine数量: %d\n", runtime.NumGoroutine())
}

// 监控goroutine调度情况
func monitorScheduler() {
    ticker := time.NewTicker(100 * time.Millisecond)
    defer ticker.Stop()
    
    for i := 0; i < 10; i++ {
        select {
        case <-ticker.C:
            var m runtime.MemStats
            runtime.ReadMemStats(&m)
            
            fmt.Printf("Goroutines: %d, OS Threads: %d\n", 
                runtime.NumGoroutine(), runtime.GOMAXPROCS(0))
        }
    }
}

func main() {
    fmt.Println("=== GMP模型调度演示 ===")
    
    // 启动监控
    go monitorScheduler()
    
    // 演示工作窃取
    demonstrateWorkStealing()
    
    time.Sleep(1 * time.Second)
}
