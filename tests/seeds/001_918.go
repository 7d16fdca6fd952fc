// 使用互斥锁保护map
type SafeMap struct {
    mu sync.Mutex
    data map[string]int
}

func (m *SafeMap) Get(key string) (int, bool) {
    m.mu.Lock()
    defer m.mu.Unlock()
    val, ok := m.data[key]
    return val, ok
}

func (m *SafeMap) Set(key string, value int) {
    m.mu.Lock()
    defer m.mu.Unlock()
    m.data[key] = value
}

// 使用sync.Map
var m sync.Map
m.Store("key", 10)
value, ok := m.Load("key")
m.Delete("key")
