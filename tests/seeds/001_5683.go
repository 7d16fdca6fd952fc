import (
    "github.com/micro/go-micro/v2"
    "github.com/micro/go-micro/v2/registry"
    "github.com/micro/go-plugins/registry/consul/v2"
)

// 使用Consul作为注册中心
consulRegistry := consul.NewRegistry(
    registry.Addrs("localhost:8500"),
)

// 创建服务
service := micro.NewService(
    micro.Name("user.service"),
    micro.Registry(consulRegistry),
    micro.Version("latest"),
)
