// 查看逃逸分析
// go build -gcflags="-m" program.go

func escapeAnalysis() {
    x := 42
    p := &x      // 不一定导致逃逸
    fmt.Println(*p)
    
    y := new(int) // 可能逃逸到堆上
    *y = 42
    storeGlobally(y) // y逃逸到堆上
}
