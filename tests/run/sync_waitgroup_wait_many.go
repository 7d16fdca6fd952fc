// Waiters of one WaitGroup in many goroutines are all released by the last
// Done; Wait in a goroutine that Adds more work for itself.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func walk(n int, wg *sync.WaitGroup, count *int64) {
	defer wg.Done()
	atomic.AddInt64(count, 1)
	if n == 0 {
		return
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go walk(n-1, wg, count)
	}
}

func main() {
	var wg sync.WaitGroup
	var count int64
	wg.Add(1)
	go walk(5, &wg, &count)
	var waiters sync.WaitGroup
	var released int32
	for i := 0; i < 10; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			wg.Wait()
			atomic.AddInt32(&released, 1)
		}()
	}
	wg.Wait()
	waiters.Wait()
	fmt.Println("nodes of the tree:", count, "waiters released:", released)
}
