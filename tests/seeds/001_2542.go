// 批量更新
func batchUpdate(data []int) {
    mu.Lock()
    defer mu.Unlock()
    
    for _, v := range data {
        // 批量处理多个更新
        processUpdate(v)
    }
}
