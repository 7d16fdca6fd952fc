// 设置GC参数
func configureGC() {
    // 设置GOGC
    debug.SetGCPercent(100)
    
    // 设置内存限制 (Go 1.19+)
    debug.SetMemoryLimit(1 << 30) // 1GB
    
    // 强制执行GC
    runtime.GC()
    
    // 获取GC统计信息
    var stats runtime.MemStats
    runtime.ReadMemStats(&stats)
    fmt.Printf("GC cycles: %d\n", stats.NumGC)
    fmt.Printf("GC pause: %v\n", time.Duration(stats.PauseNs[(stats.NumGC-1)%256]))
}
