import (
    "github.com/micro/go-micro/v2/client"
    "github.com/micro/go-micro/v2/client/selector"
)

// 配置负载均衡策略
service := micro.NewService(
    micro.Name("client"),
    micro.Client(client.NewClient(
        client.Selector(selector.NewSelector(
            selector.Strategy(selector.RoundRobin),
        )),
    )),
)
