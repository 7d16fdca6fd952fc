func createTCPClient() {
    conn, err := net.Dial("tcp", "example.com:8080")
    if err != nil {
        log.Fatalf("Failed to connect: %v", err)
    }
    defer conn.Close()
    
    // 设置TCP keepalive
    tcpConn := conn.(*net.TCPConn)
    tcpConn.SetKeepAlive(true)
    tcpConn.SetKeepAlivePeriod(30 * time.Second)
    
    // 读取goroutine
    go func() {
        buffer := make([]byte, 1024)
        for {
            n, err := conn.Read(buffer)
            if err != nil {
                if err == io.EOF {
                    log.Println("Connection closed")
                } else {
                    log.Println("Read error:", err)
                }
                return
            }
            log.Printf("Received: %s", buffer[:n])
        }
    }()
    
    // 定期发送心跳
    ticker := time.NewTicker(30 * time.Second)
    defer ticker.Stop()
    
    for {
        select {
        case <-ticker.C:
            _, err := conn.Write([]byte("PING"))
            if err != nil {
                log.Println("Write error:", err)
                return
            }
        }
    }
}
