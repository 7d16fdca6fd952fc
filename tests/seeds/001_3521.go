type mapOp struct {
    key   int
    value int
    resp  chan struct{}
}

m := make(map[int]int)
opCh := make(chan mapOp)

// 单独goroutine管理map
go func() {
    for op := range opCh {
        m[op.key] = op.value
        op.resp <- struct{}{}
    }
}()

// 并发安全地写入
for i := 0; i < 10; i++ {
    go func(i int) {
        resp := make(chan struct{})
        opCh <- mapOp{key: i, value: i, resp: resp}
        <-resp
    }(i)
}
