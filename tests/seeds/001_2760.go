var rwMu sync.RWMutex

// 读锁
rwMu.RLock()
// 读操作
rwMu.RUnlock()

// 写锁
rwMu.Lock()
// 写操作
rwMu.Unlock()
