// Resize 调整池大小
func (p *WorkerPool) Resize(newSize int) {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    if p.exited {
        return
    }
    
    // 增加worker
    if newSize > p.size {
        for i := 0; i < newSize-p.size; i++ {
            p.wg.Add(1)
            go p.worker()
        }
    }
    
    // 减少worker通过context取消实现
    // 这里只更新大小，worker会自行退出
    p.size = newSize
}
