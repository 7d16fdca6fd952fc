// 使用go-micro
import (
    "github.com/micro/go-micro/v2"
    "github.com/micro/go-micro/v2/registry"
    "github.com/micro/go-plugins/registry/consul/v2"
)

// 服务端
func main() {
    consulRegistry := consul.NewRegistry(
        registry.Addrs("localhost:8500"),
    )
    
    service := micro.NewService(
        micro.Name("my.service"),
        micro.Registry(consulRegistry),
    )
    
    service.Init()
    service.Run()
}

// 客户端
func callService() {
    consulRegistry := consul.NewRegistry(
        registry.Addrs("localhost:8500"),
    )
    
    service := micro.NewService(
        micro.Name("client"),
        micro.Registry(consulRegistry),
    )
    
    service.Init()
    
    // 创建服务客户端
    myService := proto.NewMyServiceClient("my.service", service.Client())
    
    // 调用服务
    rsp, _ := myService.Method(context.Background(), &proto.Request{})
}
