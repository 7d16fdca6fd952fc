var flag int32

// 设置标志
atomic.StoreInt32(&flag, 1)

// 检查标志
if atomic.LoadInt32(&flag) == 1 {
    // 标志已设置
}
