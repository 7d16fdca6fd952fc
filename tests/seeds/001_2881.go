var counter int64

// 原子增加
atomic.AddInt64(&counter, 1)

// 原子读取
value := atomic.LoadInt64(&counter)

// 原子存储
atomic.StoreInt64(&counter, 10)

// 比较并交换
atomic.CompareAndSwapInt64(&counter, 10, 20)
