type HealthyConnection struct {
    conn      net.Conn
    server    string
    connected bool
    mu        sync.Mutex
    done      chan struct{}
}

func NewHealthyConnection(server string) *HealthyConnection {
    hc := &HealthyConnection{
        server: server,
        done:   make(chan struct{}),
    }
    
    // 初始连接
    hc.connect()
    
    // 启动健康检查
    go hc.healthCheck()
    
    return hc
}

func (hc *HealthyConnection) connect() error {
    hc.mu.Lock()
    defer hc.mu.Unlock()
    
    if hc.connected && hc.conn != nil {
        return nil
    }
    
    conn, err := net.Dial("tcp", hc.server)
    if err != nil {
        hc.connected = false
        return err
    }
    
    hc.conn = conn
    hc.connected = true
    return nil
}

func (hc *HealthyConnection) healthCheck() {
    ticker := time.NewTicker(15 * time.Second)
    defer ticker.Stop()
    
    for {
        select {
        case <-hc.done:
            return
        case <-ticker.C:
            hc.mu.Lock()
            if !hc.connected || hc.conn == nil {
                hc.mu.Unlock()
                hc.connect()
                continue
            }
            
            // 发送心跳
            _, err := hc.conn.Write([]byte("PING"))
            hc.mu.Unlock()
            
            if err != nil {
                log.Printf("Heartbeat failed: %v, reconnecting...", err)
                hc.conn.Close()
                hc.connected = false
                hc.connect()
            }
        }
    }
}

func (hc *HealthyConnection) Write(data []byte) (int, error) {
    hc.mu.Lock()
    defer hc.mu.Unlock()
    
    if !hc.connected || hc.conn == nil {
        if err := hc.connect(); err != nil {
            return 0, err
        }
    }
    
    return hc.conn.Write(data)
}

func (hc *HealthyConnection) Read(buffer []byte) (int, error) {
    hc.mu.Lock()
    defer hc.mu.Unlock()
    
    if !hc.connected || hc.conn == nil {
        if err := hc.connect(); err != nil {
            return 0, err
        }
    }
    
    return hc.conn.Read(buffer)
}

func (hc *HealthyConnection) Close() error {
    hc.mu.Lock()
    defer hc.mu.Unlock()
    
    close(hc.done)
    
    if hc.conn != nil {
        err := hc.conn.Close()
        hc.connected = false
        hc.conn = nil
        return err
    }
    
    return nil
}
