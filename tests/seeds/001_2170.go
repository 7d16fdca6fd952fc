var x int32
// 如果x的当前值等于old，则将x设为new并返回true
swapped := atomic.CompareAndSwapInt32(&x, old, new)
