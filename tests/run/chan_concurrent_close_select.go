// One close broadcasts to goroutines blocked in selects on it, as a quit
// signal, while the same goroutines also take work from another channel.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	quit := make(chan struct{})
	work := make(chan int)
	var processed, quitted int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case v := <-work:
					atomic.AddInt64(&processed, int64(v))
				case <-quit:
					atomic.AddInt64(&quitted, 1)
					return
				}
			}
		}()
	}
	for i := 1; i <= 500; i++ {
		work <- i
	}
	close(quit)
	wg.Wait()
	fmt.Println("processed", processed, "quit", quitted)
}
