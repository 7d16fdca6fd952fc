package main

import (
    "fmt"
    "runtime"
    "runtime/debug"
    "sync"
    "time"
)

// GC性能监控器
type GCMonitor struct {
    stats []runtime.MemStats
    mu    sync.RWMutex
}

func NewGCMonitor() *GCMonitor {
    return &GCMonitor{
        stats: make([]runtime.MemStats, 0),
    }
}

func (g *GCMonitor) Snapshot() {
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    
    g.mu.Lock()
    g.stats = append(g.stats, m)
    g.mu.Unlock()
}

func (g *GCMonitor) PrintStats() {
    g.mu.RLock()
    defer g.mu.RUnlock()
    
    if len(g.stats) < 2 {
        return
    }
    
    latest := g.stats[len(g.stats)-1]
    previous := g.stats[len(g.stats)-2]
    
    fmt.Printf("\n=== GC性能统计 ===\n")
    fmt.Printf("堆内存使用: %.2f MB\n", float64(latest.HeapAlloc)/1024/1024)
    fmt.Printf("堆内存大小: %.2f MB\n", float64(latest.HeapSys)/1024/1024)
    fmt.Printf("GC次数: %d (增加 %d)\n", latest.NumGC, latest.NumGC-previous.NumGC)
    fmt.Printf("总暂停时间: %v\n", time.Duration(latest.PauseTotalNs))
    
    if latest.NumGC > previous.NumGC {
        // 计算平均暂停时间
        avgPause := time.Duration(latest.PauseTotalNs-previous.PauseTotalNs) / 
                   time.Duration(latest.NumGC-previous.NumGC)
        fmt.Printf("平均暂停时间: %v\n", avgPause)
    }
    
    fmt.Printf("对象数量: %d\n", latest.Mallocs-latest.Frees)
    fmt.Printf("堆对象数: %d\n", latest.HeapObjects)
}

// 模拟内存密集型应用
func memoryIntensiveApp(monitor *GCMonitor) {
    fmt.Println("\n=== 内存密集型应用模拟 ===")
    
    // 设置GC目标：堆内存占用达到100MB时触发GC
    debug.SetGCPercent(100)
    
    const numIterations = 10
    const allocSize = 10 * 1024 * 1024 // 10MB
    
    monitor.Snapshot()
    
    for i := 0; i < numIterations; i++ {
        // 分配大量内存
        data := make([]byte, allocSize)
        
        // 模拟一些操作
        for j := 0; j < len(data); j += 1024 {
            data[j] = byte(i)
        }
        
        // 模拟处理后释放
        if i%3 == 0 {
            runtime.GC() // 手动触发GC
        }
        
        monitor.Snapshot()
        
        // 模拟一些对象在长时间内保持引用
        if i%2 == 0 {
            _ = data // 保持引用，防止被GC
        }
    }
    
    monitor.PrintStats()
}

// 对象池优化示例
type BigObject struct {
    Data [1024]byte
    ID   int
    Used bool
}

type ObjectPool struct {
    pool sync.Pool
}

func NewObjectPool() *ObjectPool {
    return &ObjectPool{
        pool: sync.Pool{
            New: func() interface{} {
                return &BigObject{}
            },
        },
    }
}

func (p *ObjectPool) Get() *BigObject {
    obj := p.pool.Get().(*BigObject)
    obj.Used = true
    return obj
}

func (p *ObjectPool) Put(obj *BigObject) {
    obj.Used = false
    obj.ID = 0
    // 清理数据
    for i := range obj.Data {
        obj.Data[i] = 0
    }
    p.pool.Put(obj)
}

// 对比使用对象池和不使用对象池的性能
func compareObjectPoolPerformance(monitor *GCMonitor) {
    fmt.Println("\n=== 对象池性能对比 ===")
    
    const numOperations = 1000
    pool := NewObjectPool()
    
    // 不使用对象池
    fmt.Println("\n不使用对象池:")
    monitor.Snapshot()
    start := time.Now()
    
    for i := 0; i < numOperations; i++ {
        obj := &BigObject{ID: i}
        // 模拟使用
        obj.Data[0] = byte(i)
        _ = obj // 防止编译器优化
    }
    
    elapsed1 := time.Since(start)
    runtime.GC() // 强制GC
    monitor.Snapshot()
    monitor.PrintStats()
    
    // 使用对象池
    fmt.Println("\n使用对象池:")
    monitor.Snapshot()
    start = time.Now()
    
    for i := 0; i < numOperations; i++ {
        obj := pool.Get()
        obj.ID = i
        obj.Data[0] = byte(i)
        pool.Put(obj)
    }
    
    elapsed2 := time.Since(start)
    runtime.GC() // 强制GC
    monitor.Snapshot()
    monitor.PrintStats()
    
    fmt.Printf("\n性能对比:\n")
    fmt.Printf("不使用对象池: %v\n", elapsed1)
    fmt.Printf("使用对象池: %v\n", elapsed2)
    fmt.Printf("性能提升: %.2fx\n", float64(elapsed1)/float64(elapsed2))
}

// GC调优策略示例
func gcTuningStrategies() {
    fmt.Println("\n=== GC调优策略 ===")
    
    // 1. 调整GOGC参数
    originalGOGC := debug.SetGCPercent(-1) // 获取当前值
    debug.SetGCPercent(originalGOGC)      // 恢复
    
    fmt.Printf("当前GOGC设置: %d%%\n", originalGOGC)
    
    // 2. 手动控制GC时机
    fmt.Println("
手动GC控制示例:")
    
    // 在适当的时机手动触发GC
    type MemoryManager struct {
        allocatedSize int64
        threshold     int64
    }
    
    mm := &MemoryManager{
        threshold: 50 * 1024 * 1024, // 50MB阈值
    }
    
    for i := 0; i < 5; i++ {
        // 模拟内存分配
        data := make([]byte, 10*1024*1024) // 10MB
        mm.allocatedSize += int64(len(data))
        
        fmt.Printf("分配 %d MB, 总计 %d MB\n", 
            len(data)/1024/1024, mm.allocatedSize/1024/1024)
        
        // 达到阈值时手动触发GC
        if mm.allocatedSize > mm.threshold {
            fmt.Println("达到阈值，手动触发GC")
            runtime.GC()
            mm.allocatedSize = 0 // 重置计数器
        }
        
        _ = data // 防止编译器优化
    }
    
    // 3. 使用runtime/debug进行精细控制
    var gcStats debug.GCStats
    debug.ReadGCStats(&gcStats)
    
    fmt.Printf("\nGC统计信息:\n")
    fmt.Printf("GC次数: %d\n", gcStats.NumGC)
    fmt.Printf("上次GC时间: %v\n", gcStats.LastGC)
    if len(gcStats.Pause) > 0 {
        fmt.Printf("最近暂停时间: %v\n", gcStats.Pause[0])
    }
}

func main() {
    monitor := NewGCMonitor()
    
    // 执行各种性能测试
    memoryIntensiveApp(monitor)
    compareObjectPoolPerformance(monitor)
    gcTuningStrategies()
    
    // 最终统计
    fmt.Println("\n=== 最终内存状态 ===")
    monitor.Snapshot()
    monitor.PrintStats()
}
