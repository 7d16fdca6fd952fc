var wgOuter, wgInner sync.WaitGroup

wgOuter.Add(2)
go func() {
    defer wgOuter.Done()
    
    wgInner.Add(3)
    for i := 0; i < 3; i++ {
        go func(id int) {
            defer wgInner.Done()
            // 内部任务
        }(i)
    }
    wgInner.Wait() // 等待内部任务完成
}()

go func() {
    defer wgOuter.Done()
    // 另一个任务
}()

wgOuter.Wait() // 等待所有外部任务完成
