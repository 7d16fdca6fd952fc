// tsan_gfree: the repro of TSAN_NOTES.md's race 2 (make test-tsan).
// Goroutines that exit at once, in waves: their dead g's overflow a P's
// free list (64) into sched.gFree under sched.lock, while `go` on another
// P reads sched.gFree without the lock (gfget's emptiness check). Run
// with GOMAXPROCS=4 under ThreadSanitizer; the output itself is Go's.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for wave := 0; wave < 200; wave++ {
		for i := 0; i < 100; i++ {
			wg.Add(1)
			go func() {
				mu.Lock()
				n++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
	}
	fmt.Println(n)
}
