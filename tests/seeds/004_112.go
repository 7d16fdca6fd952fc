ctx, cancel := context.WithTimeout(context.Background(), 1*time.Second)
defer cancel() // 始终 cancel()
var wg sync.WaitGroup
wg.Add(1)
go func() {
    defer wg.Done()
    <-ctx.Done() // 通知goroutine关闭了
    fmt.Println("超时")
}()
wg.Wait()


var wg sync.WaitGroup
wg.Add(1)
go func() {
    defer wg.Done()
    select {
    case <-time.After(1 * time.Second): // 获取
        fmt.Println("超时")
    }
}()
wg.Wait()

// time.After
timer := time.NewTimer(1 * time.Second)
defer timer.Stop()
<-timer.C
