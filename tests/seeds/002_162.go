var (
    dataCache map[int]string
    rwMutex   sync.RWMutex
)
func getData(key int) string {
    rwMutex.RLock()
    defer rwMutex.RUnlock()
    return dataCache[key]
}
func setData(key int, value string) {
    rwMutex.Lock()
    defer rwMutex.Unlock()
    dataCache[key] = value
}
