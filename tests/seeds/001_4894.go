func printMemStats() {
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    
    fmt.Printf("Alloc: %v MiB\n", m.Alloc / 1024 / 1024)
    fmt.Printf("TotalAlloc: %v MiB\n", m.TotalAlloc / 1024 / 1024)
    fmt.Printf("HeapAlloc: %v MiB\n", m.HeapAlloc / 1024 / 1024)
    fmt.Printf("NumGC: %v\n", m.NumGC)
}
