var mu sync.Mutex

func worker(id int) {
    for i := 0; i < 1000; i++ {
        mu.Lock()
        // 临界区操作
        time.Sleep(time.Microsecond) // 模拟工作
        mu.Unlock()
    }
}

func main() {
    // 启动多个worker，会导致锁竞争
    for i := 0; i < 10; i++ {
        go worker(i)
    }
    time.Sleep(5 * time.Second)
}
