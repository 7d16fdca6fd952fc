// 错误示例
func processRequest(req Request) {
    go func() {
        results := make(chan Result)
        // 发送请求但没有接收方
        results <- process(req) // 永远阻塞
    }()
}

// 正确示例
func processRequest(req Request, ctx context.Context) {
    go func() {
        results := make(chan Result, 1) // 缓冲channel
        select {
        case results <- process(req):
            // 处理成功
        case <-ctx.Done():
            // 超时或取消
            return
        }
    }()
}
