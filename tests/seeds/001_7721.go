// Stats 池统计信息
type Stats struct {
    ActiveWorkers   int
    QueuedTasks     int
    CompletedTasks  int64
    FailedTasks     int64
    AverageTaskTime time.Duration
}

// GetStats 获取池统计信息
func (p *WorkerPool) GetStats() Stats {
    return Stats{
        ActiveWorkers:   int(atomic.LoadInt32(&p.activeWorkers)),
        QueuedTasks:     len(p.taskQueue),
        CompletedTasks:  atomic.LoadInt64(&p.completedTasks),
        FailedTasks:     atomic.LoadInt64(&p.failedTasks),
        AverageTaskTime: time.Duration(atomic.LoadInt64(&p.totalTaskTime) / atomic.LoadInt64(&p.completedTasks)),
    }
}
