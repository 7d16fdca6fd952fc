package main

import (
    "context"
    "os"
    "runtime/trace"
    "sync"
    "time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
    defer wg.Done()
    
    for job := range jobs {
        // 添加trace region
        ctx := context.Background()
        task := trace.NewTask(ctx, "process-job")
        
        trace.WithRegion(ctx, "heavy-computation", func() {
            // 模拟计算密集型任务
            time.Sleep(time.Millisecond * 100)
            results <- job * 2
        })
        
        task.End()
    }
}

func main() {
    // 开始trace
    f, _ := os.Create("trace.out")
    defer f.Close()
    trace.Start(f)
    defer trace.Stop()
    
    jobs := make(chan int, 100)
    results := make(chan int, 100)
    
    var wg sync.WaitGroup
    
    // 启动3个worker
    for w := 1; w <= 3; w++ {
        wg.Add(1)
        go worker(w, jobs, results, &wg)
    }
    
    // 发送任务
    for j := 1; j <= 9; j++ {
        jobs <- j
    }
    close(jobs)
    
    wg.Wait()
    close(results)
}
