// 10000 goroutines blocked on one channel, then released by a close; each
// reports through a WaitGroup and an atomic sum.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 10000
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	var sum int64
	for i := 0; i < n; i++ {
		started.Add(1)
		finished.Add(1)
		go func(i int) {
			defer finished.Done()
			started.Done()
			<-release
			atomic.AddInt64(&sum, int64(i))
		}(i)
	}
	started.Wait()
	fmt.Println("blocked goroutines:", runtime.NumGoroutine()-1)
	close(release)
	finished.Wait()
	fmt.Println("sum:", sum)
}
