// 8 goroutines each re-arm their own AfterFunc timer 1000 times before
// letting it fire: each callback runs exactly once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var fired int32
	var wg sync.WaitGroup
	var all sync.WaitGroup
	all.Add(8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			t := time.AfterFunc(time.Hour, func() {
				atomic.AddInt32(&fired, 1)
				all.Done()
			})
			for i := 0; i < 1000; i++ {
				t.Reset(time.Duration(100+i%50) * time.Millisecond)
				if i%3 == 0 {
					t.Stop()
				}
			}
			t.Reset(time.Millisecond)
		}(g)
	}
	wg.Wait()
	all.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("callbacks:", atomic.LoadInt32(&fired))
}
