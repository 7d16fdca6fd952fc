var m sync.Map

for i := 0; i < 10; i++ {
    go func(i int) {
        m.Store(i, i)
    }(i)
}
