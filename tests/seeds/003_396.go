// 内存泄漏检测
func detectMemoryLeak() {
    var m runtime.MemStats
    
    // 记录初始状态
    runtime.GC()
    runtime.ReadMemStats(&m)
    initialAlloc := m.Alloc
    
    // 执行业务逻辑
    businessLogic()
    
    // 强制GC后检查内存
    runtime.GC()
    runtime.ReadMemStats(&m)
    finalAlloc := m.Alloc
    
    if finalAlloc > initialAlloc*2 {
        log.Printf("Potential memory leak detected: %d -> %d bytes", 
            initialAlloc, finalAlloc)
    }
}
