// close wakes every blocked receiver (zero value, ok=false) and makes every
// blocked sender panic with "send on closed channel".
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitBlocked(n int) {
	for runtime.NumGoroutine() < n {
		runtime.Gosched()
	}
	time.Sleep(10 * time.Millisecond) // let them reach the channel
}

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	results := make(chan string, 10)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-ch
			results <- fmt.Sprint(v, ok)
		}()
	}
	waitBlocked(6)
	close(ch)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println("receiver woke with", r)
	}

	sc := make(chan int)
	panics := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { panics <- fmt.Sprint(recover()) }()
			sc <- i
		}(i)
	}
	waitBlocked(4)
	close(sc)
	wg.Wait()
	close(panics)
	for p := range panics {
		fmt.Println("sender:", p)
	}
}
