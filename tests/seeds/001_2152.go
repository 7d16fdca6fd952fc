var x int32
atomic.StoreInt32(&x, 42)
