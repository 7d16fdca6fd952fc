// 使用channel控制并发
type Counter struct {
    ch chan int
    value int
}

func NewCounter() *Counter {
    c := &Counter{ch: make(chan int)}
    go func() {
        for delta := range c.ch {
            c.value += delta
        }
    }()
    return c
}

func (c *Counter) Increment() {
    c.ch <- 1
}
