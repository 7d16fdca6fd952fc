package main

import (
    "context"
    "fmt"
    "log"
    
    "github.com/micro/go-micro/v2"
    proto "github.com/yourusername/service/proto"
)

func main() {
    // 创建服务客户端
    service := micro.NewService(micro.Name("user.client"))
    service.Init()
    
    // 创建用户服务客户端
    userService := proto.NewUserService("user.service", service.Client())
    
    // 调用服务
    rsp, err := userService.GetUser(context.Background(), &proto.GetUserRequest{Id: "1"})
    if err != nil {
        log.Fatalf("Failed to call GetUser: %v", err)
    }
    
    fmt.Printf("Got user: %v\n", rsp.User)
}
