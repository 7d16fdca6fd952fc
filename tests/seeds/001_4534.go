// 监控goroutine数量
func monitorGoroutines() {
    var lastCount int
    ticker := time.NewTicker(time.Minute)
    for range ticker.C {
        currentCount := runtime.NumGoroutine()
        diff := currentCount - lastCount
        fmt.Printf("Goroutines: %d (Δ%d)\n", currentCount, diff)
        lastCount = currentCount
        
        if diff > 100 {
            // 可能存在泄漏，获取所有goroutine的堆栈
            pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
        }
    }
}
