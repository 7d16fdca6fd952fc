package main

import (
    "context"
    "fmt"
    "runtime"
    "time"
)

type SystemMetrics struct {
    Timestamp    time.Time `json:"timestamp"`
    NumGoroutine int       `json:"num_goroutine"`
    NumCPU       int       `json:"num_cpu"`
    MemStats     MemoryMetrics `json:"mem_stats"`
    GCStats      GCMetrics     `json:"gc_stats"`
}

type MemoryMetrics struct {
    Alloc        uint64 `json:"alloc"`         // 当前分配的内存
    TotalAlloc   uint64 `json:"total_alloc"`   // 累计分配的内存
    Sys          uint64 `json:"sys"`           // 系统内存
    Lookups      uint64 `json:"lookups"`       // 指针查找次数
    Mallocs      uint64 `json:"mallocs"`       // 分配次数
    Frees        uint64 `json:"frees"`         // 释放次数
    HeapAlloc    uint64 `json:"heap_alloc"`    // 堆分配
    HeapSys      uint64 `json:"heap_sys"`      // 堆系统内存
    HeapIdle     uint64 `json:"heap_idle"`     // 堆空闲内存
    HeapInuse    uint64 `json:"heap_inuse"`    // 堆使用内存
    HeapReleased uint64 `json:"heap_released"` // 堆释放内存
    HeapObjects  uint64 `json:"heap_objects"`  // 堆对象数
    StackInuse   uint64 `json:"stack_inuse"`   // 栈使用内存
    StackSys     uint64 `json:"stack_sys"`     // 栈系统内存
}

type GCMetrics struct {
    NumGC        uint32        `json:"num_gc"`         // GC次数
    PauseTotal   time.Duration `json:"pause_total"`    // GC总暂停时间
    PauseNs      []uint64      `json:"pause_ns"`       // 最近GC暂停时间
    LastGC       time.Time     `json:"last_gc"`        // 最后一次GC时间
    NextGC       uint64        `json:"next_gc"`        // 下次GC触发的堆大小
    GCCPUFraction float64      `json:"gc_cpu_fraction"` // GC占用CPU比例
}

type SystemMonitor struct {
    interval time.Duration
    metrics  chan SystemMetrics
    done     chan struct{}
}

func NewSystemMonitor(interval time.Duration) *SystemMonitor {
    return &SystemMonitor{
        interval: interval,
        metrics:  make(chan SystemMetrics, 100),
        done:     make(chan struct{}),
    }
}

func (sm *SystemMonitor) Start(ctx context.Context) {
    ticker := time.NewTicker(sm.interval)
    defer ticker.Stop()
    
    for {
        select {
        case <-ctx.Done():
            return
        case <-sm.done:
            return
        case <-ticker.C:
            metrics := sm.collectMetrics()
            select {
            case sm.metrics <- metrics:
            default:
                // 缓冲区满，丢弃旧数据
            }
        }
    }
}

func (sm *SystemMonitor) collectMetrics() SystemMetrics {
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    
    // 计算最近的GC暂停时间
    var recentPauses []uint64
    if m.NumGC > 0 {
        start := int(m.NumGC) - 10
        if start < 0 {
            start = 0
        }
        for i := start; i < int(m.NumGC); i++ {
            recentPauses = append(recentPauses, m.PauseNs[i%256])
        }
    }
    
    return SystemMetrics{
        Timestamp:    time.Now(),
        NumGoroutine: runtime.NumGoroutine(),
        NumCPU:       runtime.NumCPU(),
        MemStats: MemoryMetrics{
            Alloc:        m.Alloc,
            TotalAlloc:   m.TotalAlloc,
            Sys:          m.Sys,
            Lookups:      m.Lookups,
            Mallocs:      m.Mallocs,
            Frees:        m.Frees,
            HeapAlloc:    m.HeapAlloc,
            HeapSys:      m.HeapSys,
            HeapIdle:     m.HeapIdle,
            HeapInuse:    m.HeapInuse,
            HeapReleased: m.HeapReleased,
            HeapObjects:  m.HeapObjects,
            StackInuse:   m.StackInuse,
            StackSys:     m.StackSys,
        },
        GCStats: GCMetrics{
            NumGC:         m.NumGC,
            PauseTotal:    time.Duration(m.PauseTotalNs),
            PauseNs:       recentPauses,
            LastGC:        time.Unix(0, int64(m.LastGC)),
            NextGC:        m.NextGC,
            GCCPUFraction: m.GCCPUFraction,
        },
    }
}

func (sm *SystemMonitor) GetMetrics() <-chan SystemMetrics {
    return sm.metrics
}

func (sm *SystemMonitor) Stop() {
    close(sm.done)
}

// 性能告警
type PerformanceAlert struct {
    monitor *SystemMonitor
    thresholds AlertThresholds
}

type AlertThresholds struct {
    MaxGoroutines    int           `json:"max_goroutines"`
    MaxMemoryMB      uint64        `json:"max_memory_mb"`
    MaxGCPause       time.Duration `json:"max_gc_pause"`
    MaxGCFrequency   int           `json:"max_gc_frequency"` // 每分钟GC次数
    MaxCPUUsage      float64       `json:"max_cpu_usage"`
}

func NewPerformanceAlert(monitor *SystemMonitor, thresholds AlertThresholds) *PerformanceAlert {
    return &PerformanceAlert{
        monitor:    monitor,
        thresholds: thresholds,
    }
}

func (pa *PerformanceAlert) StartMonitoring(ctx context.Context) {
    var lastGCCount uint32
    var gcCountWindow []uint32
    windowSize := 60 // 1分钟窗口
    
    for {
        select {
        case <-ctx.Done():
            return
        case metrics := <-pa.monitor.GetMetrics():
            // 检查Goroutine数量
            if metrics.NumGoroutine > pa.thresholds.MaxGoroutines {
                fmt.Printf("ALERT: Too many goroutines: %d > %d\n", 
                    metrics.NumGoroutine, pa.thresholds.MaxGoroutines)
            }
            
            // 检查内存使用
            memoryMB := metrics.MemStats.Alloc / 1024 / 1024
            if memoryMB > pa.thresholds.MaxMemoryMB {
                fmt.Printf("ALERT: High memory usage: %d MB > %d MB\n", 
                    memoryMB, pa.thresholds.MaxMemoryMB)
            }
            
            // 检查GC暂停时间
            if len(metrics.GCStats.PauseNs) > 0 {
                lastPause := time.Duration(metrics.GCStats.PauseNs[len(metrics.GCStats.PauseNs)-1])
                if lastPause > pa.thresholds.MaxGCPause {
                    fmt.Printf("ALERT: Long GC pause: %v > %v\n", 
                        lastPause, pa.thresholds.MaxGCPause)
                }
            }
            
            // 检查GC频率
            gcCountWindow = append(gcCountWindow, metrics.GCStats.NumGC)
            if len(gcCountWindow) > windowSize {
                gcCountWindow = gcCountWindow[1:]
            }
            
            if len(gcCountWindow) == windowSize {
                gcFreq := int(gcCountWindow[len(gcCountWindow)-1] - gcCountWindow[0])
                if gcFreq > pa.thresholds.MaxGCFrequency {
                    fmt.Printf("ALERT: High GC frequency: %d/min > %d/min\n", 
                        gcFreq, pa.thresholds.MaxGCFrequency)
                }
            }
            
            lastGCCount = metrics.GCStats.NumGC
        }
    }
}

// 使用示例
func main() {
    ctx, cancel := context.WithCancel(context.Background())
    defer cancel()
    
    // 启动系统监控
    monitor := NewSystemMonitor(1 * time.Second)
    go monitor.Start(ctx)
    
    // 启动性能告警
    thresholds := AlertThresholds{
        MaxGoroutines:  1000,
        MaxMemoryMB:    512,
        MaxGCPause:     10 * time.Millisecond,
        MaxGCFrequency: 60,
        MaxCPUUsage:    0.8,
    }
    
    alert := NewPerformanceAlert(monitor, thresholds)
    go alert.StartMonitoring(ctx)
    
    // 模拟高负载
    for i := 0; i < 100; i++ {
        go func() {
            data := make([]byte, 1024*1024) // 1MB
            time.Sleep(10 * time.Second)
            _ = data
        }()
    }
    
    time.Sleep(30 * time.Second)
    monitor.Stop()
}
