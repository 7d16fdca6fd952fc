// pipeline.go -- the second `make run` showcase: goroutines on the GMP
// scheduler, unbuffered and buffered channels, select with a timeout, a
// WaitGroup and a Mutex; its output is deterministic.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Stats struct {
	mu    sync.Mutex
	count int
	sum   int
}

func (s *Stats) Add(v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.count++
	s.sum += v
}

// squares sends 1, 4, 9, ... on an unbuffered channel, then closes it.
func squares(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	// fan out: 4 workers drain one pipeline stage
	var st Stats
	var wg sync.WaitGroup
	in := squares(100)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				st.Add(v)
			}
		}()
	}
	wg.Wait()
	fmt.Println("count", st.count, "sum", st.sum)

	// a buffered channel keeps FIFO order
	q := make(chan string, 3)
	q <- "a"
	q <- "b"
	q <- "c"
	close(q)
	for s := range q {
		fmt.Print(s, " ")
	}
	v, ok := <-q
	fmt.Printf("| after close: %q %v\n", v, ok)

	// select: a timeout wins over a channel nobody sends on
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// every goroutine blocked: Go's deadlock report (exit 2)
	fmt.Println("now main waits for ever...")
	<-never
}
