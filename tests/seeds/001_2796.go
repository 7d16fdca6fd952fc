var mu sync.Mutex
cond := sync.NewCond(&mu)

// 消费者
cond.L.Lock()
for !condition() {
    cond.Wait() // 等待条件满足
}
// 处理
cond.L.Unlock()

// 生产者
cond.L.Lock()
// 改变条件
cond.Signal() // 或 cond.Broadcast()
cond.L.Unlock()
