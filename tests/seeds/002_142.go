var (
    configCache map[string]string
    cacheMutex  sync.Mutex
)
func updateConfig(key, value string) {
    cacheMutex.Lock()
    defer cacheMutex.Unlock()
    configCache[key] = value
}
