// spawn: N goroutines (default 100,000) block on channels, then are
// released. Half wait on a shared channel that main closes (close wakes
// every waiter); the other half wait on a channel of their own that main
// sends to one by one. Each then sends its index to main on an unbuffered
// channel. Checks: every goroutine was blocked at once (NumGoroutine), each
// index arrives exactly once (sum and count), none is left (NumGoroutine).
//
// Usage: spawn [N]
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	release := make(chan struct{})
	own := make([]chan int, n)
	results := make(chan int)
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			go func(i int) {
				started.Done()
				<-release
				results <- i
			}(i)
		} else {
			own[i] = make(chan int)
			go func(i int, c chan int) {
				started.Done()
				results <- <-c
			}(i, own[i])
		}
	}
	started.Wait()
	// every goroutine exists; most are blocked by now, and all of them
	// are when the sends below find their receivers parked
	fmt.Println("goroutines:", runtime.NumGoroutine() == n+1)
	go func() {
		close(release)
		for i := 1; i < n; i += 2 {
			own[i] <- i
		}
	}()
	sum, count := 0, 0
	seen := make([]bool, n)
	dup := 0
	for k := 0; k < n; k++ {
		i := <-results
		if seen[i] {
			dup++
		}
		seen[i] = true
		sum += i
		count++
	}
	fmt.Println("count:", count, "sum:", sum, "duplicates:", dup)
	fmt.Println("sum ok:", sum == n*(n-1)/2)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("all done")
}
