var rwMutex sync.RWMutex
var data map[string]string

// 读取操作
func read() string {
    rwMutex.RLock()
    defer rwMutex.RUnlock()
    return data["key"]
}

// 写入操作
func write(value string) {
    rwMutex.Lock()
    defer rwMutex.Unlock()
    data["key"] = value
}
