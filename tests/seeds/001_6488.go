// 错误示例
m := make(map[string]int)
go func() {
    m["key"] = 1 // 并发写入
}()
go func() {
    _ = m["key"] // 并发读取
}()

// 更好的做法
var mu sync.Mutex
m := make(map[string]int)

go func() {
    mu.Lock()
    m["key"] = 1
    mu.Unlock()
}()

// 或使用sync.Map
var m sync.Map
go func() {
    m.Store("key", 1)
}()
