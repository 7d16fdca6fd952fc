// 错误示例
var cache = make(map[string][]byte)

func loadFile(path string) []byte {
    if data, ok := cache[path]; ok {
        return data
    }
    data, _ := ioutil.ReadFile(path)
    cache[path] = data // 缓存永远增长
    return data
}

// 正确示例
var cache = make(map[string][]byte)
var cacheMutex sync.Mutex

func loadFile(path string) []byte {
    cacheMutex.Lock()
    defer cacheMutex.Unlock()
    
    if data, ok := cache[path]; ok {
        return data
    }
    data, _ := ioutil.ReadFile(path)
    
    // 限制缓存大小
    if len(cache) > 1000 {
        // 清理部分缓存
    }
    
    cache[path] = data
    return data
}
