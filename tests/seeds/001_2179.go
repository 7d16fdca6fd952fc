var v atomic.Value

// 存储值
v.Store([]string{"hello", "world"})

// 加载值
strings := v.Load().([]string)
