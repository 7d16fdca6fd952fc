wg.Add(1)
go func() {
    // 忘记调用wg.Done()
}()
wg.Wait() // 永远阻塞
