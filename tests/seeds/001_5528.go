// 修复前
go func() {
    for {
        data := <-dataCh
        process(data)
    }
}()

// 修复后
go func() {
    for {
        select {
        case data := <-dataCh:
            process(data)
        case <-ctx.Done():
            return
        }
    }
}()
