// 简单内存监控
func monitorMemory(interval time.Duration) {
    ticker := time.NewTicker(interval)
    defer ticker.Stop()
    
    var lastHeap uint64
    for range ticker.C {
        var m runtime.MemStats
        runtime.ReadMemStats(&m)
        
        currentHeap := m.HeapAlloc / 1024 / 1024
        fmt.Printf("Heap: %dMB, Growth: %+dMB\n", 
            currentHeap, int64(currentHeap)-int64(lastHeap))
        lastHeap = currentHeap
    }
}
