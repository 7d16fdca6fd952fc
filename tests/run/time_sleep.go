// time.Sleep parks the goroutine for at least the duration; zero and
// negative durations return at once; 100 sleepers under GOMAXPROCS(1)
// sleep together, not one after another.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative return at once:", time.Since(start) < 50*time.Millisecond)

	runtime.GOMAXPROCS(1)
	start = time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(30 * time.Millisecond)
		}()
	}
	wg.Wait()
	d := time.Since(start)
	fmt.Println("100 sleeps of 30ms on one P overlap:", d >= 30*time.Millisecond, d < 600*time.Millisecond)

	// Sleepers wake in deadline order.
	order := make(chan int, 3)
	for _, ms := range []int{30, 10, 20} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order <- ms
		}(ms)
	}
	fmt.Println(<-order, <-order, <-order)
}
