func processRequests() {
    for request := range requests {
        // 每个请求创建多个临时小对象
        data := make([]byte, 1024)
        header := make(map[string]string)
        // 处理请求
    }
}
