// A spin lock from CompareAndSwap and Gosched guards a counter for 8
// goroutines, with GOMAXPROCS(2) so the holder can be descheduled.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spinLock int32

func (l *spinLock) lock() {
	for !atomic.CompareAndSwapInt32((*int32)(l), 0, 1) {
		runtime.Gosched()
	}
}

func (l *spinLock) unlock() { atomic.StoreInt32((*int32)(l), 0) }

func main() {
	runtime.GOMAXPROCS(2)
	var l spinLock
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				l.lock()
				counter++
				l.unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
