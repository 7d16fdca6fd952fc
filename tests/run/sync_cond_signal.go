// sync.Cond with Signal: a bounded queue where producers wait while it is
// full and consumers wait while it is empty.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	cap      int
}

func newQueue(n int) *queue {
	q := &queue{cap: n}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	sums := make(chan int)
	for c := 0; c < 2; c++ {
		go func() {
			s := 0
			for i := 0; i < 150; i++ {
				s += q.get()
			}
			sums <- s
		}()
	}
	total := <-sums + <-sums
	wg.Wait()
	fmt.Println("total:", total, "left:", len(q.items))

	// Signal with no waiter is a no-op.
	q.notEmpty.Signal()
	fmt.Println("Signal without waiters is fine")
}
