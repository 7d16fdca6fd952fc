import "runtime/debug"

// 更频繁GC
debug.SetGCPercent(50) // 默认100
