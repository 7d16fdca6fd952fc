func monitorGCTriggers() {
    var lastHeapSize uint64
    var lastGC uint32
    
    ticker := time.NewTicker(100 * time.Millisecond)
    for range ticker.C {
        var stats runtime.MemStats
        runtime.ReadMemStats(&stats)
        
        if stats.NumGC > lastGC {
            growth := float64(stats.HeapAlloc) / float64(lastHeapSize) * 100
            fmt.Printf("GC #%d triggered: Heap grew from %dMB to %dMB (%.2f%%)\n",
                stats.NumGC,
                lastHeapSize/1024/1024,
                stats.HeapAlloc/1024/1024,
                growth)
            
            lastGC = stats.NumGC
        }
        
        if stats.NumGC > 0 && lastHeapSize == 0 {
            lastHeapSize = stats.HeapAlloc
        }
    }
}
