type ConnectionPool struct {
    mu         sync.Mutex
    connections []*Connection
    maxSize     int
}

type Connection struct {
    conn      net.Conn
    lastUsed  time.Time
    inUse     bool
}

func NewConnectionPool(maxSize int, server string) *ConnectionPool {
    pool := &ConnectionPool{
        connections: make([]*Connection, 0, maxSize),
        maxSize:     maxSize,
    }
    
    // 预创建连接
           for i := 0; i < maxSize/2; i++ {
        conn, err := net.Dial("tcp", server)
        if err != nil {
            log.Printf("Failed to pre-create connection: %v", err)
            continue
        }
        
        pool.connections = append(pool.connections, &Connection{
            conn:     conn,
            lastUsed: time.Now(),
            inUse:    false,
        })
    }
    
    // 启动连接管理
    go pool.manage()
    
    return pool
}

func (p *ConnectionPool) manage() {
    ticker := time.NewTicker(30 * time.Second)
    defer ticker.Stop()
    
    for range ticker.C {
        p.mu.Lock()
        for i, conn := range p.connections {
            // 关闭长时间未使用的连接
            if !conn.inUse && time.Since(conn.lastUsed) > 5*time.Minute {
                conn.conn.Close()
                // 从池中移除
                p.connections = append(p.connections[:i], p.connections[i+1:]...)
            }
        }
        p.mu.Unlock()
    }
}

func (p *ConnectionPool) Get() (net.Conn, error) {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    // 查找可用连接
    for _, conn := range p.connections {
        if !conn.inUse {
            conn.inUse = true
            conn.lastUsed = time.Now()
            return conn.conn, nil
        }
    }
    
    // 没有可用连接，创建新连接
    if len(p.connections) < p.maxSize {
        conn, err := net.Dial("tcp", "example.com:8080")
        if err != nil {
            return nil, err
        }
        
        connection := &Connection{
            conn:     conn,
            lastUsed: time.Now(),
            inUse:    true,
        }
        
        p.connections = append(p.connections, connection)
        return conn, nil
    }
    
    return nil, errors.New("connection pool exhausted")
}

func (p *ConnectionPool) Release(conn net.Conn) {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    for _, connection := range p.connections {
        if connection.conn == conn {
            connection.inUse = false
            connection.lastUsed = time.Now()
            break
        }
    }
}
