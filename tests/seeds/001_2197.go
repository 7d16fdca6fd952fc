var counter int64

// 增加计数
atomic.AddInt64(&counter, 1)

// 获取计数
count := atomic.LoadInt64(&counter)
