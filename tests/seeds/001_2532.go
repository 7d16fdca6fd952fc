var counter int64

// 使用原子操作增加计数
atomic.AddInt64(&counter, 1)
