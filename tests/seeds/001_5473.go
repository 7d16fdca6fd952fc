func logMemStats() {
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    
    log.Printf("Alloc: %v MiB", m.Alloc / 1024 / 1024)
    log.Printf("TotalAlloc: %v MiB", m.TotalAlloc / 1024 / 1024)
    log.Printf("Sys: %v MiB", m.Sys / 1024 / 1024)
    log.Printf("NumGC: %v", m.NumGC)
    log.Printf("GCCPUFraction: %v", m.GCCPUFraction)
}
