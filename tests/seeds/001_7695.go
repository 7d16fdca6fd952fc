// SubmitBatch 批量提交任务
func (p *WorkerPool) SubmitBatch(tasks []Task) ([]error, error) {
    p.mu.Lock()
    defer p.mu.Unlock()
    
    if p.exited {
        return nil, ErrPoolClosed
    }
    
    errors := make([]error, len(tasks))
    for i, task := range tasks {
        select {
        case p.taskQueue <- task:
            errors[i] = nil
        default:
            errors[i] = errors.New("queue full")
        }
    }
    
    return errors, nil
}
