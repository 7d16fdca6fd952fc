// sync.RWMutex: readers share the lock (three readers are inside at once),
// a writer excludes everyone, and readers and writers together keep the
// data consistent.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var mu sync.RWMutex
	var inside int32
	allIn := make(chan bool)
	var wg sync.WaitGroup
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			if atomic.AddInt32(&inside, 1) == 3 {
				close(allIn) // only possible if the three hold RLock together
			}
			<-allIn
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("three readers held the lock together")

	// A writer waits for the readers, and new readers wait for the writer.
	mu.RLock()
	order := make(chan string, 3)
	go func() {
		mu.Lock()
		order <- "writer"
		mu.Unlock()
	}()
	for mu.TryRLock() { // TryRLock fails once a writer is pending
		mu.RUnlock()
		runtime.Gosched()
	}
	go func() {
		mu.RLock() // queued behind the pending writer
		order <- "late reader"
		mu.RUnlock()
	}()
	time.Sleep(5 * time.Millisecond)
	order <- "first reader unlocks"
	mu.RUnlock()
	for i := 0; i < 3; i++ {
		fmt.Println(<-order)
	}

	// Writers keep two fields equal; readers must never see them differ.
	var a, b int
	var bad int32
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				mu.Lock()
				a++
				b++
				mu.Unlock()
			}
		}()
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				mu.RLock()
				if a != b {
					atomic.AddInt32(&bad, 1)
				}
				mu.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("a =", a, "b =", b, "inconsistent reads:", bad)
	rl := mu.RLocker()
	rl.Lock()
	fmt.Println("RLocker read-locks: TryLock", mu.TryLock(), "TryRLock", mu.TryRLock())
	mu.RUnlock()
	rl.Unlock()
	fmt.Println("after both unlocks TryLock:", mu.TryLock())
}
