// Tight arithmetic loops without calls are preempted: with GOMAXPROCS(1) and
// two such loops running, a pair of goroutines still completes 100 channel
// round trips and main prints.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var sink int64

func main() {
	runtime.GOMAXPROCS(1)
	for g := 0; g < 2; g++ {
		go func(seed int64) {
			x := seed
			for i := int64(0); ; i++ {
				x = x*6364136223846793005 + i
				if x == 42 {
					atomic.StoreInt64(&sink, x)
				}
			}
		}(int64(g))
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 100; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	fmt.Println("round trips beside two tight loops:", n)
}
