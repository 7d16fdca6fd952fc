package main

import (
    "fmt"
    "time"
    
    "example.com/workerpool"
)

func main() {
    // 创建一个有5个worker的池，任务队列大小为10
    pool := workerpool.New(5, 10)
    defer pool.Close()
    
    // 启动结果处理goroutine
    go func() {
        for result := range pool.Results() {
            if result.Err != nil {
                fmt.Printf("Task error: %v\n", result.Err)
            } else {
                fmt.Printf("Task result: %v\n", result.Value)
            }
        }
    }()
    
    // 提交任务
    for i := 0; i < 20; i++ {
        taskID := i
        err := pool.Submit(func() (interface{}, error) {
            // 模拟工作负载
            time.Sleep(100 * time.Millisecond)
            
            // 模拟错误
            if taskID%7 == 0 {
                return nil, fmt.Errorf("task %d failed", taskID)
            }
            
            return fmt.Sprintf("task %d completed", taskID), nil
        })
        
        if err != nil {
            fmt.Printf("Submit error: %v\n", err)
        }
    }
    
    // 等待所有任务完成
    time.Sleep(3 * time.Second)
    
    // 查看活跃worker数量
    fmt.Printf("Active workers: %d\n", pool.ActiveWorkers())
}
