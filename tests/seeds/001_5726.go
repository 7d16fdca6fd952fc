// Consul注册时配置健康检查
consulRegistry := consul.NewRegistry(
    registry.Addrs("localhost:8500"),
    consul.RegisterTTL(time.Second*30),
    consul.RegisterInterval(time.Second*10),
)
