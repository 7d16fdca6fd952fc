var m sync.Map

// 存储
m.Store("key", 10)

// 获取
value, ok := m.Load("key")

// 删除
m.Delete("key")

// 获取或存储
value, loaded := m.LoadOrStore("key", 10)

// 遍历
m.Range(func(key, value interface{}) bool {
    fmt.Println(key, value)
    return true // 继续遍历
})
