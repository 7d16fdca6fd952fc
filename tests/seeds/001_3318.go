type Pool struct {
    tasks   chan func()
    workers int
    wg      sync.WaitGroup
}

func NewPool(workers int) *Pool {
    p := &Pool{
        tasks:   make(chan func()),
        workers: workers,
    }
    p.start()
    return p
}

func (p *Pool) start() {
    for i := 0; i < p.workers; i++ {
        p.wg.Add(1)
        go func() {
            defer p.wg.Done()
            for task := range p.tasks {
                task()
            }
        }()
    }
}

func (p *Pool) Submit(task func()) {
    p.tasks <- task
}

func (p *Pool) Close() {
    close(p.tasks)
}

func (p *Pool) Wait() {
    p.wg.Wait()
}
