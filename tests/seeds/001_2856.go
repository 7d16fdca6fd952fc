var m sync.Map

// 存储
m.Store("key", "value")

// 加载
value, ok := m.Load("key")

// 删除
m.Delete("key")

// 加载或存储
value, loaded := m.LoadOrStore("key", "default")

// 遍历
m.Range(func(key, value interface{}) bool {
    fmt.Println(key, value)
    return true // 继续遍历
})
