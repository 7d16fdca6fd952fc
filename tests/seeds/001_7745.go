// CancelableTask 可取消的任务
type CancelableTask struct {
    Task Task
    Ctx  context.Context
}

// 修改worker执行任务的方式
func (p *WorkerPool) executeTask(task CancelableTask) (result interface{}, err error) {
    // 创建一个完成通道
    done := make(chan struct{})
    var taskResult interface{}
    var taskErr error
    
    go func() {
        defer close(done)
        defer func() {
            if r := recover(); r != nil {
                taskErr = fmt.Errorf("panic in task: %v", r)
            }
        }()
        
        taskResult, taskErr = task.Task()
    }()
    
    select {
    case <-done:
        return taskResult, taskErr
    case <-task.Ctx.Done():
        return nil, task.Ctx.Err()
    }
}
