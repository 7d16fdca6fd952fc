var counter int32

// 乐观锁方式增加计数
func incrementOptimistic() {
    for {
        old := atomic.LoadInt32(&counter)
        new := old + 1
        if atomic.CompareAndSwapInt32(&counter, old, new) {
            break // 成功更新
        }
        // 失败则重试
    }
}
