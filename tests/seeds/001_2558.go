var rwMu sync.RWMutex

// 读操作
func read() {
    rwMu.RLock()
    defer rwMu.RUnlock()
    // 读取操作
}

// 写操作
func write() {
    rwMu.Lock()
    defer rwMu.Unlock()
    // 写入操作
}
