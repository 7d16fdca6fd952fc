package main

import (
    "fmt"
    "sync"
    "time"
    "unsafe"
)

// Channel的底层结构简化示意
type hchan struct {
    qcount   uint           // 当前队列中的元素数量
    dataqsiz uint           // 缓冲区大小
    buf      unsafe.Pointer // 缓冲区数据指针
    elemsize uint16         // 元素大小
    sendx    uint           // 发送索引
    recvx    uint           // 接收索引
    recvq    waitq          // 等待接收的goroutine队列
    sendq    waitq          // 等待发送的goroutine队列
    lock     mutex          // 保护并发访问
}

// 演示无缓冲channel的同步特性
func demonstrateUnbufferedChannel() {
    fmt.Println("\n=== 无缓冲Channel同步特性 ===")
    
    ch := make(chan int)
    
    var wg sync.WaitGroup
    
    // 发送者
    wg.Add(1)
    go func() {
        defer wg.Done()
        for i := 0; i < 5; i++ {
            fmt.Printf("准备发送: %d\n", i)
            start := time.Now()
            ch <- i  // 在没有接收者时会阻塞
            fmt.Printf("发送完成: %d (耗时: %v)\n", i, time.Since(start))
        }
        close(ch)
    }()
    
    // 接收者（延迟启动）
    wg.Add(1)
    go func() {
        defer wg.Done()
        time.Sleep(100 * time.Millisecond) // 模拟延迟
        
        for val := range ch {
            fmt.Printf("接收到: %d\n", val)
            time.Sleep(50 * time.Millisecond) // 模拟处理时间
        }
    }()
    
    wg.Wait()
}

// 演示有缓冲channel的异步特性
func demonstrateBufferedChannel() {
    fmt.Println("\n=== 有缓冲Channel异步特性 ===")
    
    ch := make(chan int, 3) // 缓冲区大小为3
    
    var wg sync.WaitGroup
    
    // 发送者
    wg.Add(1)
    go func() {
        defer wg.Done()
        for i := 0; i < 6; i++ {
            start := time.Now()
            ch <- i
            fmt.Printf("发送: %d (耗时: %v, 缓冲区状态: %d/%d)\n", 
                i, time.Since(start), len(ch), cap(ch))
            time.Sleep(30 * time.Millisecond)
        }
        close(ch)
    }()
    
    // 接收者（延迟启动）
    wg.Add(1)
    go func() {
        defer wg.Done()
        time.Sleep(200 * time.Millisecond) // 让缓冲区先填满
        
        for val := range ch {
            fmt.Printf("接收: %d (缓冲区状态: %d/%d)\n", 
                val, len(ch), cap(ch))
            time.Sleep(80 * time.Millisecond)
        }
    }()
    
    wg.Wait()
}

// Channel的select多路复用
func demonstrateChannelSelect() {
    fmt.Println("\n=== Channel Select多路复用 ===")
    
    ch1 := make(chan string)
    ch2 := make(chan string)
    timeout := make(chan bool, 1)
    
    // 模拟不同速度的数据源
    go func() {
        time.Sleep(100 * time.Millisecond)
        ch1 <- "快速数据源"
    }()
    
    go func() {
        time.Sleep(300 * time.Millisecond)
        ch2 <- "慢速数据源"
    }()
    
    // 设置超时
    go func() {
        time.Sleep(200 * time.Millisecond)
        timeout <- true
    }()
    
    // 非阻塞select模式
    for i := 0; i < 5; i++ {
        select {
        case msg1 := <-ch1:
            fmt.Printf("从 ch1 接收: %s\n", msg1)
        case msg2 := <-ch2:
            fmt.Printf("从 ch2 接收: %s\n", msg2)
        case <-timeout:
            fmt.Println("超时，操作取消")
            return
        default:
            fmt.Printf("第 %d 次轮询: 暂无数据\n", i+1)
            time.Sleep(50 * time.Millisecond)
        }
    }
}

// 生产者-消费者模式的性能优化
func optimizedProducerConsumer() {
    fmt.Println("\n=== 优化的生产者-消费者模式 ===")
    
    const (
        numProducers = 3
        numConsumers = 2
        bufferSize   = 10
        numTasks     = 20
    )
    
    taskCh := make(chan int, bufferSize)
    resultCh := make(chan int, bufferSize)
    
    var wg sync.WaitGroup
    
    // 生产者
    for i := 0; i < numProducers; i++ {
        wg.Add(1)
        go func(producerID int) {
            defer wg.Done()
            for j := 0; j < numTasks/numProducers; j++ {
                task := producerID*100 + j
                taskCh <- task
                fmt.Printf("生产者 %d 生产任务: %d\n", producerID, task)
                time.Sleep(10 * time.Millisecond)
            }
        }(i)
    }
    
    // 关闭任务通道
    go func() {
        wg.Wait()
        close(taskCh)
    }()
    
    // 消费者
    var consumerWg sync.WaitGroup
    for i := 0; i < numConsumers; i++ {
        consumerWg.Add(1)
        go func(consumerID int) {
            defer consumerWg.Done()
            for task := range taskCh {
                // 模拟任务处理
                result := task * 2
                resultCh <- result
                fmt.Printf("消费者 %d 处理任务 %d -> 结果 %d\n", 
                    consumerID, task, result)
                time.Sleep(20 * time.Millisecond)
            }
        }(i)
    }
    
    // 关闭结果通道
    go func() {
        consumerWg.Wait()
        close(resultCh)
    }()
    
    // 结果收集器
    go func() {
        var results []int
        for result := range resultCh {
            results = append(results, result)
        }
        fmt.Printf("收集到 %d 个结果\n", len(results))
    }()
    
    // 等待所有生产者完成
    wg.Wait()
    
    // 等待所有消费者完成
    consumerWg.Wait()
}

// Channel关闭的最佳实践
func channelClosingBestPractices() {
    fmt.Println("\n=== Channel关闭最佳实践 ===")
    
    // 1. 只有发送方关闭channel
    // 2. 使用信号channel通知关闭
    // 3. 使用sync.Once确保只关闭一次
    
    dataCh := make(chan int, 5)
    stopCh := make(chan struct{})
    var closeOnce sync.Once
    
    // 发送者
    go func() {
        defer func() {
            closeOnce.Do(func() {
                close(dataCh)
                fmt.Println("数据通道已关闭")
            })
        }()
        
        for i := 0; i < 10; i++ {
            select {
            case dataCh <- i:
                fmt.Printf("发送数据: %d\n", i)
                time.Sleep(50 * time.Millisecond)
            case <-stopCh:
                fmt.Println("接收到停止信号，发送者退出")
                return
            }
        }
    }()
    
    // 接收者
    go func() {
        for {
            select {
            case data, ok := <-dataCh:
                if !ok {
                    fmt.Println("数据通道已关闭，接收者退出")
                    return
                }
                fmt.Printf("接收数据: %d\n", data)
                
                // 模拟一些情况下的提前退出
                if data == 3 {
                    fmt.Println("接收者提前退出")
                    close(stopCh)
                    return
                }
            }
        }
    }()
    
    time.Sleep(1 * time.Second)
}

func main() {
    demonstrateUnbufferedChannel()
    demonstrateBufferedChannel() 
    demonstrateChannelSelect()
    optimizedProducerConsumer()
    channelClosingBestPractices()
}
