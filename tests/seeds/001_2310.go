type Counter struct {
    value int
    version int
}

func increment(c *Counter) bool {
    // 记录当前版本
    oldVersion := c.version
    // 计算新值
    newValue := c.value + 1
    // 检查版本并更新
    return atomic.CompareAndSwapInt32(
        (*int32)(&c.version),
        int32(oldVersion),
        int32(oldVersion+1),
    )
}
