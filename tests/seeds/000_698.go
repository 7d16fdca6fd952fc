type WorkerPool struct {
    tasks    chan Task
    workers  int
    quit     chan bool
}

type Task func()

func NewWorkerPool(workers int) *WorkerPool {
    return &WorkerPool{
        tasks:   make(chan Task),
        workers: workers,
        quit:    make(chan bool),
    }
}

func (wp *WorkerPool) Start() {
    for i := 0; i < wp.workers; i++ {
        go wp.worker()
    }
}

func (wp *WorkerPool) worker() {
    for {
        select {
        case task := <-wp.tasks:
            task()
        case <-wp.quit:
            return
        }
    }
}
