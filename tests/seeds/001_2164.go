var x int32
old := atomic.SwapInt32(&x, 42) // 返回x的旧值，并设置x为42
