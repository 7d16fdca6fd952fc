// PriorityTask 带优先级的任务
type PriorityTask struct {
    Priority int
    Task     Task
}

// 修改WorkerPool结构
type WorkerPool struct {
    // ...其他字段
    highPriorityQueue chan Task
    normalPriorityQueue chan Task
    lowPriorityQueue chan Task
}

// worker函数修改为优先处理高优先级任务
func (p *WorkerPool) worker() {
    defer p.wg.Done()
    
    for {
        select {
        // 先检查高优先级队列
        case task, ok := <-p.highPriorityQueue:
            if !ok {
                return
            }
            // 执行任务
            
        // 再检查普通优先级队列
        case task, ok := <-p.normalPriorityQueue:
            if !ok {
                return
            }
            // 执行任务
            
        // 最后检查低优先级队列
        case task, ok := <-p.lowPriorityQueue:
            if !ok {
                return
            }
            // 执行任务
            
        case <-p.ctx.Done():
            return
        }
    }
}
