// 设置软内存限制为1GB
debug.SetMemoryLimit(1 << 30)
