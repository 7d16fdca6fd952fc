func clientSideDiscovery() {
    // 获取服务列表
    services := discoverService()
    
    // 简单负载均衡(轮询)
    serviceIndex := atomic.AddUint64(&counter, 1) % uint64(len(services))
    serviceAddr := services[serviceIndex]
    
    // 调用服务
    client := http.Client{}
    resp, _ := client.Get("http://" + serviceAddr + "/api")
}
