// 设置GC触发阈值为原来的50%
debug.SetGCPercent(50)

// 禁用自动GC
debug.SetGCPercent(-1)
