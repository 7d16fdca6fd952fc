import (
    "google.golang.org/grpc"
    "google.golang.org/grpc/keepalive"
)

func createGRPCClient() {
    kacp := keepalive.ClientParameters{
        Time:                10 * time.Second, // 空闲时发送ping的时间间隔
        Timeout:             time.Second,      // ping超时时间
        PermitWithoutStream: true,             // 允许在没有活动流的情况下发送ping
    }
    
    conn, err := grpc.Dial(
        "example.com:50051",
        grpc.WithInsecure(),
        grpc.WithKeepaliveParams(kacp),
    )
    if err != nil {
        log.Fatalf("Failed to connect: %v", err)
    }
    defer conn.Close()
    
    client := pb.NewServiceClient(conn)
    
    // 使用client调用RPC方法
    // ...
}
