// sync.Once runs its function exactly once across 20 goroutines; all of
// them return only after it finished; a panicking f still counts as done.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var once sync.Once
	var calls, sawDone int32
	var ready int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				atomic.AddInt32(&calls, 1)
				time.Sleep(10 * time.Millisecond)
				atomic.StoreInt32(&ready, 1)
			})
			if atomic.LoadInt32(&ready) == 1 {
				atomic.AddInt32(&sawDone, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls, "goroutines that saw it done:", sawDone)
	once.Do(func() { fmt.Println("never: already done") })

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("Do after a panicking f runs again:", ran)

	// A different function value does not reset a Once.
	var q sync.Once
	q.Do(func() { fmt.Println("first function") })
	q.Do(func() { fmt.Println("second function") })
}
