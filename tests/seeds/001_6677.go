client := &http.Client{
    Transport: &http.Transport{
        MaxIdleConns:        100,              // 最大空闲连接数
        MaxIdleConnsPerHost: 100,              // 每个主机的最大空闲连接数
        IdleConnTimeout:     90 * time.Second, // 空闲连接超时
    },
    Timeout: 30 * time.Second, // 请求超时
}

// 使用同一个client实例发送多个请求
resp1, _ := client.Get("https://example.com/api/resource1")
resp2, _ := client.Get("https://example.com/api/resource2")
