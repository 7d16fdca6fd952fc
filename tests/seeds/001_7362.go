package workerpool

import (
    "context"
    "errors"
    "fmt"
    "sync"
    "sync/atomic"
    "time"
)

// Task 表示要执行的任务
type Task func() (interface{}, error)

// Result 表示任务执行结果
type Result struct {
    Value interface{}
    Err   error
}

// WorkerPool 表示goroutine池
type WorkerPool struct {
    size          int           // 池大小
    taskQueue     chan Task     // 任务队列
    results       chan Result   // 结果队列
    wg            sync.WaitGroup
    exited        bool          // 是否已退出
    mu            sync.Mutex
    activeWorkers int32         // 活跃worker数量
    ctx           context.Context
    cancel        context.CancelFunc
}

// ErrPoolClosed 表示池已关闭
var ErrPoolClosed = errors.New("worker pool is closed")

// New 创建一个新的WorkerPool
func New(size int, queueSize int) *WorkerPool {
    ctx, cancel := context.WithCancel(context.Background())
    
    pool := &WorkerPool{
        size:      size,
        taskQueue: make(chan Task, queueSize),
        results:   make(chan Result, queueSize),
        ctx:       ctx,
        cancel:    cancel,
    }
    
    // 启动worker
    pool.start()
    
    return pool
}

// start 启动worker
func (p *WorkerPool) start() {
    for i := 0; i < p.size; i++ {
        p.wg.Add(1)
        go func(workerID int) {
            defer p.wg.Done()
            
            for {
                select {
                case task, ok := <-p.taskQueue:
                    if !ok {
                        return
                    }
                    
                    // 执行任务
                    atomic.AddInt32(&p.activeWorkers, 1)
                    result, err := p.executeTask(task)
                    atomic.AddInt32(&p.activeWorkers, -1)
                    
                    // 发送结果
                    select {
                    case p.results <- Result{Value: result, Err: err}:
                    case <-p.ctx.Done():
                        return
                    }
                    
                case <-p.ctx.Done():
                    return
                }
            }
        }(i)
    }
}

// executeTask 执行任务并处理panic
func (p *WorkerPool) executeTask(task Task) (result interface{}, err error) {
    defer func() {
        if r := recover(); r != nil {
            err = fmt.Errorf("panic in task: %v", r)
        }
    }()
    
    return task()
}

// Submit 提交任务到池中
func (p *WorkerPool) Submit(task Task) error {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    if p.exited {
        return ErrPoolClosed
    }
    
    select {
    case p.taskQueue <- task:
        return nil
    case <-p.ctx.Done():
        return ErrPoolClosed
    }
}

// SubmitWithTimeout 提交任务，带超时控制
func (p *WorkerPool) SubmitWithTimeout(task Task, timeout time.Duration) error {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    if p.exited {
        return ErrPoolClosed
    }
    
    timer := time.NewTimer(timeout)
    defer timer.Stop()
    
    select {
    case p.taskQueue <- task:
        return nil
    case <-timer.C:
        return errors.New("submit timeout")
    case <-p.ctx.Done():
        return ErrPoolClosed
    }
}

// Results 返回结果通道
func (p *WorkerPool) Results() <-chan Result {
    return p.results
}

// ActiveWorkers 返回当前活跃的worker数量
func (p *WorkerPool) ActiveWorkers() int {
    return int(atomic.LoadInt32(&p.activeWorkers))
}

// Close 关闭工作池
func (p *WorkerPool) Close() {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    if p.exited {
        return
    }
    
    p.exited = true
    p.cancel()
    close(p.taskQueue)
    p.wg.Wait()
    close(p.results)
}

// CloseWithTimeout 带超时的关闭
func (p *WorkerPool) CloseWithTimeout(timeout time.Duration) error {
    p.mu.Lock()
    if p.exited {
        p.mu.Unlock()
        return nil
    }
    
    p.exited = true
    p.cancel()
    close(p.taskQueue)
    p.mu.Unlock()
    
    // 等待所有worker退出，带超时
    c := make(chan struct{})
    go func() {
        p.wg.Wait()
        close(c)
    }()
    
    select {
    case <-c:
        close(p.results)
        return nil
    case <-time.After(timeout):
        return errors.New("close timeout")
    }
}
