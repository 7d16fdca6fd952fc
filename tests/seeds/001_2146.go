var x int32
v := atomic.LoadInt32(&x)
