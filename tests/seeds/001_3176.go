done := make(chan struct{})
go func() {
    // 执行任务
    close(done) // 通知完成
}()
<-done // 等待完成
