// Readers whose read locks always overlap cannot starve a writer: a
// pending Lock blocks new readers until the writer has had its turn.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var mu sync.RWMutex
	var stop int32
	var wg sync.WaitGroup
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.LoadInt32(&stop) == 0 {
				mu.RLock()
				time.Sleep(200 * time.Microsecond)
				mu.RUnlock()
			}
		}()
	}
	time.Sleep(2 * time.Millisecond)
	writes := 0
	for i := 0; i < 5; i++ {
		mu.Lock()
		writes++
		mu.Unlock()
	}
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	fmt.Println("writer got the lock", writes, "times among busy readers")
}
