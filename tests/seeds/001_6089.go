// 在API网关/负载均衡器中实现
func serverSideDiscovery(w http.ResponseWriter, r *http.Request) {
    // 获取服务列表
    services := discoverService()
    
    // 负载均衡选择实例
    serviceIndex := atomic.AddUint64(&counter, 1) % uint64(len(services))
    serviceAddr := services[serviceIndex]
    
    // 转发请求
    proxy := httputil.NewSingleHostReverseProxy(&url.URL{
        Scheme: "http",
        Host:   serviceAddr,
    })
    proxy.ServeHTTP(w, r)
}
