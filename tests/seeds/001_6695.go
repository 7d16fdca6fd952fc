import (
    "github.com/gorilla/websocket"
)

// 客户端
func connectWebSocket() {
    dialer := websocket.Dialer{
        HandshakeTimeout: 45 * time.Second,
        ReadBufferSize:   1024,
        WriteBufferSize:  1024,
    }
    
    conn, _, err := dialer.Dial("ws://example.com/ws", nil)
    if err != nil {
        log.Fatalf("Failed to connect: %v", err)
    }
    defer conn.Close()
    
    // 设置心跳
    ticker := time.NewTicker(30 * time.Second)
    defer ticker.Stop()
    
    done := make(chan struct{})
    
    // 读取消息
    go func() {
        defer close(done)
        for {
            _, message, err := conn.ReadMessage()
            if err != nil {
                log.Println("Read error:", err)
                return
            }
            log.Printf("Received: %s", message)
        }
    }()
    
    // 发送消息和心跳
    for {
        select {
        case <-done:
            return
        case <-ticker.C:
            if err := conn.WriteMessage(websocket.PingMessage, nil); err != nil {
                log.Println("Write error:", err)
                return
            }
        case <-time.After(time.Second):
            // 发送业务消息
            if err := conn.WriteMessage(websocket.TextMessage, []byte("Hello")); err != nil {
                log.Println("Write error:", err)
                return
            }
        }
    }
}
