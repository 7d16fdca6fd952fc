// 设置1GB内存软限制
debug.SetMemoryLimit(1 << 30)
