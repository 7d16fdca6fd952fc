package main

import (
    "context"
    "log"
    
    "github.com/micro/go-micro/v2"
    proto "github.com/yourusername/service/proto"
)

type UserService struct{}

func (u *UserService) GetUser(ctx context.Context, req *proto.GetUserRequest, rsp *proto.GetUserResponse) error {
    rsp.User = &proto.User{
        Id:    req.Id,
        Name:  "John Doe",
        Email: "john@example.com",
    }
    return nil
}

func main() {
    // 创建服务
    service := micro.NewService(
        micro.Name("user.service"),
        micro.Version("latest"),
    )
    
    // 初始化
    service.Init()
    
    // 注册处理器
    if err := proto.RegisterUserServiceHandler(service.Server(), new(UserService)); err != nil {
        log.Fatalf("Failed to register handler: %v", err)
    }
    
    // 启动服务
    if err := service.Run(); err != nil {
        log.Fatalf("Failed to run service: %v", err)
    }
}
