// 定期保存堆profile
func saveHeapProfiles() {
    ticker := time.NewTicker(10 * time.Minute)
    defer ticker.Stop()
    
    for i := range ticker.C {
        f, err := os.Create(fmt.Sprintf("heap_%d.prof", time.Now().Unix()))
        if err != nil {
            log.Printf("Could not create heap profile: %v", err)
            continue
        }
        if err := pprof.WriteHeapProfile(f); err != nil {
            log.Printf("Could not write heap profile: %v", err)
        }
        f.Close()
    }
}
