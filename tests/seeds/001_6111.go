// 健康检查端点
func healthCheckHandler(w http.ResponseWriter, r *http.Request) {
    // 检查服务健康状态
    if isHealthy() {
        w.WriteHeader(http.StatusOK)
        w.Write([]byte("OK"))
    } else {
        w.WriteHeader(http.StatusServiceUnavailable)
        w.Write([]byte("Not healthy"))
    }
}

// 注册带健康检查的服务
func registerWithHealthCheck() {
    registration := &api.AgentServiceRegistration{
        ID:      "service-1",
        Name:    "my-service",
        Port:    8080,
        Address: "192.168.1.100",
        Check: &api.AgentServiceCheck{
            HTTP:     "http://192.168.1.100:8080/health",
            Interval: "10s",
            Timeout:  "5s",
        },
    }
    
    client.Agent().ServiceRegister(registration)
}
