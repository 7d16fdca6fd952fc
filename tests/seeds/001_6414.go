// 错误示例
func processRequest(req Request) {
    go func() {
        // 长时间运行，没有退出机制
        for {
            process(req)
        }
    }()
}

// 更好的做法
func processRequest(req Request, ctx context.Context) {
    go func() {
        for {
            select {
            case <-ctx.Done():
                return // 正确退出
            default:
                process(req)
            }
        }
    }()
}
