// 问题代码
func processLogs(logs []string) []Result {
    results := make([]Result, 0)
    for _, log := range logs {
        // 每次迭代创建多个小对象
        parts := strings.Split(log, ",")
        data := make(map[string]string)
        for _, part := range parts {
            kv := strings.Split(part, "=")
            data[kv[0]] = kv[1]
        }
        results = append(results, processData(data))
    }
    return results
}

// 优化后
func processLogs(logs []string) []Result {
    results := make([]Result, 0, len(logs)) // 预分配容量
    data := make(map[string]string)         // 复用map
    
    for _, log := range logs {
        // 清空map而非创建新map
        for k := range data {
            delete(data, k)
        }
        
        parts := strings.Split(log, ",")
        for _, part := range parts {
            kv := strings.Split(part, "=")
            data[kv[0]] = kv[1]
        }
        results = append(results, processData(data))
    }
    return results
}
