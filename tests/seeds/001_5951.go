// 使用Consul作为注册中心
import (
    "github.com/hashicorp/consul/api"
)

func registerService() {
    config := api.DefaultConfig()
    config.Address = "localhost:8500"
    
    client, _ := api.NewClient(config)
    
    registration := &api.AgentServiceRegistration{
        ID:      "service-1",
        Name:    "my-service",
        Port:    8080,
        Address: "192.168.1.100",
        Check: &api.AgentServiceCheck{
            HTTP:     "http://192.168.1.100:8080/health",
            Interval: "10s",
        },
    }
    
    client.Agent().ServiceRegister(registration)
}

func discoverService() []string {
    config := api.DefaultConfig()
    client, _ := api.NewClient(config)
    
    services, _, _ := client.Health().Service("my-service", "", true, nil)
    
    var addresses []string
    for _, service := range services {
        addresses = append(addresses, 
            fmt.Sprintf("%s:%d", service.Service.Address, service.Service.Port))
    }
    
    return addresses
}
