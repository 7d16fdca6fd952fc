// A goroutine re-locking a Mutex in a tight loop cannot starve another
// one: after waiting over 1 ms the waiter switches the mutex to starvation
// mode and gets it handed over.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	var mu sync.Mutex
	var stop int32
	hogDone := make(chan int)
	go func() {
		n := 0
		for atomic.LoadInt32(&stop) == 0 {
			mu.Lock()
			n++
			mu.Unlock()
		}
		hogDone <- n
	}()
	time.Sleep(time.Millisecond)
	got := 0
	for i := 0; i < 10; i++ {
		mu.Lock()
		got++
		time.Sleep(100 * time.Microsecond)
		mu.Unlock()
	}
	atomic.StoreInt32(&stop, 1)
	fmt.Println("waiter acquired", got, "times; the hog ran too:", <-hogDone > 0)
}
