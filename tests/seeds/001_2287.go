var mu sync.Mutex
var count int

func increment() {
    mu.Lock()         // 先获取锁
    defer mu.Unlock() // 确保释放锁
    count++           // 操作共享资源
}
