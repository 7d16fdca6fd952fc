// With one P, goroutines that only yield through runtime.Gosched all make
// progress; so do goroutines that never yield (preemption).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop int32
	counts := make([]int64, 4)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for atomic.LoadInt32(&stop) == 0 {
				atomic.AddInt64(&counts[g], 1)
				if g%2 == 0 {
					runtime.Gosched()
				}
			}
			done <- true
		}(g)
	}
	time.Sleep(100 * time.Millisecond)
	atomic.StoreInt32(&stop, 1)
	for g := 0; g < 4; g++ {
		<-done
	}
	for g, c := range counts {
		kind := "yielding"
		if g%2 == 1 {
			kind = "spinning"
		}
		fmt.Println("goroutine", g, kind, "made progress:", c > 0)
	}
}
