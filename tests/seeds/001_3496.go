var mu sync.Mutex
m := make(map[int]int)

for i := 0; i < 10; i++ {
    go func(i int) {
        mu.Lock()
        m[i] = i
        mu.Unlock()
    }(i)
}
