func monitorGC() {
    // 启用GC trace
    f, _ := os.Create("gc.trace")
    defer f.Close()
    runtime.SetGCPercent(50) // 更频繁GC以便观察
    
    // 打印最近一次GC的STW时间
    var lastGC uint32
    ticker := time.NewTicker(time.Second)
    for range ticker.C {
        var stats runtime.MemStats
        runtime.ReadMemStats(&stats)
        
        if stats.NumGC > lastGC {
            fmt.Printf("GC #%d: STW = %v\n", 
                stats.NumGC,
                time.Duration(stats.PauseNs[(stats.NumGC-1)%256]))
            lastGC = stats.NumGC
        }
    }
}
