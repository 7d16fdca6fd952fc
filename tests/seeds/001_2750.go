var mu sync.Mutex
mu.Lock()
// 临界区
mu.Unlock()
