import "runtime/debug"

// 减少GC频率
debug.SetGCPercent(200) // 默认为100
