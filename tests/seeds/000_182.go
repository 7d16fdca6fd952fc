package main

import (
    "context"
    "fmt"
    "runtime"
    "sync"
    "time"
)

// 场景1：无缓冲channel导致的泄露
func leakyChannelExample() {
    fmt.Println("\n=== 泄露案例：无缓冲channel ===")
    
    initialGoroutines := runtime.NumGoroutine()
    fmt.Printf("初始goroutine数量: %d\n", initialGoroutines)
    
    // 错误示例：goroutine会永远阻塞
    ch := make(chan int)
    
    for i := 0; i < 10; i++ {
        go func(id int) {
            // 这里会永远阻塞，因为没有接收者
            ch <- id
            fmt.Printf("Goroutine %d finished\n", id)
        }(i)
    }
    
    time.Sleep(100 * time.Millisecond)
    fmt.Printf("执行后goroutine数量: %d (泄露了 %d 个)\n", 
        runtime.NumGoroutine(), 
        runtime.NumGoroutine()-initialGoroutines)
}

// 场景1修复：使用context或缓冲channel
func fixedChannelExample() {
    fmt.Println("\n=== 修复方案：使用context控制 ===")
    
    initialGoroutines := runtime.NumGoroutine()
    ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
    defer cancel()
    
    ch := make(chan int)
    var wg sync.WaitGroup
    
    // 启动接收者
    wg.Add(1)
    go func() {
        defer wg.Done()
        for {
            select {
            case val := <-ch:
                fmt.Printf("接收到值: %d\n", val)
            case <-ctx.Done():
                fmt.Println("接收者退出")
                return
            }
        }
    }()
    
    // 启动发送者
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            select {
            case ch <- id:
                fmt.Printf("发送值 %d 成功\n", id)
            case <-ctx.Done():
                fmt.Printf("发送者 %d 退出\n", id)
            }
        }(i)
    }
    
    wg.Wait()
    fmt.Printf("最终goroutine数量: %d\n", runtime.NumGoroutine())
}

// 场景2：HTTP请求没有设置超时
func httpTimeoutExample() {
    fmt.Println("\n=== HTTP超时控制示例 ===")
    
    type HTTPClient struct {
        client *http.Client
    }
    
    // 正确的HTTP客户端配置
    httpClient := &HTTPClient{
        client: &http.Client{
            Timeout: 5 * time.Second,
            Transport: &http.Transport{
                MaxIdleConns:        100,
                MaxIdleConnsPerHost: 10,
                IdleConnTimeout:     90 * time.Second,
            },
        },
    }
    
    // 带context的请求
    func (h *HTTPClient) GetWithContext(ctx context.Context, url string) error {
        req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
        if err != nil {
            return err
        }
        
        resp, err := h.client.Do(req)
        if err != nil {
            return err
        }
        defer resp.Body.Close()
        
        return nil
    }
}

// Goroutine泄露检测工具
type GoroutineMonitor struct {
    baseline int
    mu       sync.RWMutex
}

func NewGoroutineMonitor() *GoroutineMonitor {
    return &GoroutineMonitor{
        baseline: runtime.NumGoroutine(),
    }
}

func (g *GoroutineMonitor) CheckLeak() bool {
    g.mu.RLock()
    defer g.mu.RUnlock()
    
    current := runtime.NumGoroutine()
    leaked := current - g.baseline
    
    if leaked > 0 {
        fmt.Printf("⚠️  检测到goroutine泄露: %d 个\n", leaked)
        return true
    }
    
    return false
}

func (g *GoroutineMonitor) UpdateBaseline() {
    g.mu.Lock()
    defer g.mu.Unlock()
    g.baseline = runtime.NumGoroutine()
}

// 自动goroutine泄露检测
func autoLeakDetection() {
    fmt.Println("\n=== 自动泄露检测 ===")
    
    monitor := NewGoroutineMonitor()
    
    // 定期检测
    ticker := time.NewTicker(1 * time.Second)
    defer ticker.Stop()
    
    done := make(chan bool)
    
    go func() {
        for {
            select {
            case <-ticker.C:
                if monitor.CheckLeak() {
                    // 发现泄露时可以触发告警、记录日志等
                    fmt.Println("触发泄露告警处理...")
                }
            case <-done:
                return
            }
        }
    }()
    
    // 模拟一些工作负载
    time.Sleep(3 * time.Second)
    done <- true
}

func main() {
    // 演示各种泄露场景
    leakyChannelExample()
    fixedChannelExample()
    autoLeakDetection()
}
