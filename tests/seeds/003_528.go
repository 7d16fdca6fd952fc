// 性能指标收集
type MetricsCollector struct {
    requestCount    int64
    responseTime    time.Duration
    errorCount      int64
    activeGoroutines int
    memoryUsage     uint64
}

func (m *MetricsCollector) collectMetrics() {
    var memStats runtime.MemStats
    runtime.ReadMemStats(&memStats)
    
    atomic.StoreInt64(&m.activeGoroutines, int64(runtime.NumGoroutine()))
    atomic.StoreUint64(&m.memoryUsage, memStats.Alloc)
    
    // 发送到监控系统
    m.sendToMonitoring()
}
