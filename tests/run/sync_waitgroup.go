// sync.WaitGroup: Add(n) then n Dones, several waiters, reuse after Wait,
// Wait on a zero counter, Add inside a running group.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("Wait on a zero WaitGroup returns at once")

	var sum int64
	wg.Add(10)
	for i := 1; i <= 10; i++ {
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&sum, int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum)

	// Several goroutines wait on the same group.
	var gate, waiters sync.WaitGroup
	gate.Add(1)
	var woke int32
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			atomic.AddInt32(&woke, 1)
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("waiters woken:", woke)

	// Reuse after Wait returned, with nested groups.
	for round := 0; round < 3; round++ {
		var count int32
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var inner sync.WaitGroup
				for j := 0; j < 3; j++ {
					inner.Add(1)
					go func() {
						defer inner.Done()
						atomic.AddInt32(&count, 1)
					}()
				}
				inner.Wait()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "count", count)
	}
	wg.Add(2)
	wg.Add(-1)
	wg.Done()
	wg.Wait()
	fmt.Println("Add(-1) counts like Done")
}
