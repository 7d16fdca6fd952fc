// A contended Mutex hands off between goroutines blocked in Lock (parked on
// the semaphore): each of 4 goroutines holding the lock sleeps, so the
// others queue up behind it, and the starvation mode (a waiter blocked
// over 1 ms) still lets every one of them in.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	inside := 0
	maxInside := 0
	acquired := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				acquired[g]++
				time.Sleep(2 * time.Millisecond)
				inside--
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("acquisitions per goroutine:", acquired, "at most inside:", maxInside)
}
