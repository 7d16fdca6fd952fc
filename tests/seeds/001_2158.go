var x int32
new := atomic.AddInt32(&x, 10) // x += 10
