// spawn: 200,000 goroutines blocked on one channel, then released.
//
// Each goroutine announces itself (started.Done) and blocks receiving from
// start; once all of them are parked, main closes start, which readies them
// all, and each adds its id to a shared sum. Peak RSS, taken by the runner,
// is then dominated by 200,000 parked goroutines; the runner also runs this
// program with SPAWN_GOROUTINES=0 as the baseline and divides the difference
// by the count, giving the memory per blocked goroutine.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func count() int {
	if s := os.Getenv("SPAWN_GOROUTINES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		return n
	}
	return 200000
}

func main() {
	n := count()
	start := make(chan struct{})
	var started, finished sync.WaitGroup
	var sum int64
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func(id int64) {
			started.Done()
			<-start
			atomic.AddInt64(&sum, id)
			finished.Done()
		}(int64(i))
	}
	started.Wait()
	close(start)
	finished.Wait()
	fmt.Println("spawn", n, sum)
}
