// 错误示例
func process() {
    ctx := context.Background()
    // 子函数没有接收context
    subProcess()
}

// 更好的做法
func process(ctx context.Context) {
    // 传递context
    subProcess(ctx)
}
