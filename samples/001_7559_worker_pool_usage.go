// Sample from seed blocks 001_7362 and 001_7559: a goroutine pool library
// (package workerpool: a task queue, a results channel, panics in tasks
// turned into errors, a context to stop the workers, Close/CloseWithTimeout)
// and a program using it: 20 tasks on 5 workers, every 7th one failing.
// The two blocks become one program: the library's package clause and
// imports give way to the program's (its declarations are unchanged), the
// program's import of example.com/workerpool goes, and workerpool.New
// becomes New (marked "added:").
// Made deterministic: the results arrive in no fixed order: they are
// collected by sortedPrintf (in place of fmt.Printf, marked "added:") and
// printed sorted by flushSorted after the wait. The tasks' 100 ms of work
// are shortened to 10 ms and the 3 s wait to 500 ms (4 rounds of tasks take
// about 40 ms).
// Added: the package clause and imports, the sorted printing.
package main

import (
    "context"
    "errors"
    "fmt"
    "sort"
    "strings"
    "sync"
    "sync/atomic"
    "time"
)

// added: goroutines' lines, printed sorted by flushSorted
var sorted struct {
    sync.Mutex
    lines []string
}

func sortedPrintf(format string, a ...interface{}) {
    sorted.Lock()
    defer sorted.Unlock()
    sorted.lines = append(sorted.lines, fmt.Sprintf(format, a...))
}

func flushSorted() {
    sorted.Lock()
    defer sorted.Unlock()
    sort.Strings(sorted.lines)
    fmt.Print(strings.Join(sorted.lines, ""))
    sorted.lines = nil
}

// --- seed block 001_7362 (without its package clause and imports) ---
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
// --- end of seed block 001_7362 ---

// --- seed block 001_7559 (without its package clause and imports) ---
func main() {
    // 创建一个有5个worker的池，任务队列大小为10
    // added: was workerpool.New(5, 10); the package is merged in
    pool := New(5, 10)
    defer pool.Close()
    
    // 启动结果处理goroutine
    go func() {
        for result := range pool.Results() {
            if result.Err != nil {
                // added: sortedPrintf instead of fmt.Printf
                sortedPrintf("Task error: %v\n", result.Err)
            } else {
                // added: sortedPrintf instead of fmt.Printf
                sortedPrintf("Task result: %v\n", result.Value)
            }
        }
    }()
    
    // 提交任务
    for i := 0; i < 20; i++ {
        taskID := i
        err := pool.Submit(func() (interface{}, error) {
            // 模拟工作负载
            // added: 100 ms shortened to 10 ms
            time.Sleep(10 * time.Millisecond)
            
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
    // added: 3 s shortened to 500 ms; then the results, sorted
    time.Sleep(500 * time.Millisecond)
    flushSorted()
    
    // 查看活跃worker数量
    fmt.Printf("Active workers: %d\n", pool.ActiveWorkers())
}
// --- end of seed block 001_7559 ---
