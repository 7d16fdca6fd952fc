// 强制执行一次GC
runtime.GC()
