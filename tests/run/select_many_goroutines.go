// Many goroutines select on shared channels at once: every value sent is
// received exactly once and quit stops every worker.
package main

import (
	"fmt"
	"sync"
)

func main() {
	work := make(chan int)
	quit := make(chan struct{})
	var mu sync.Mutex
	total, count := 0, 0
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case v := <-work:
					mu.Lock()
					total += v
					count++
					mu.Unlock()
				case <-quit:
					return
				}
			}
		}()
	}
	for i := 1; i <= 1000; i++ {
		select {
		case work <- i:
		}
	}
	close(quit)
	wg.Wait()
	fmt.Println("received", count, "values, total", total)
}
