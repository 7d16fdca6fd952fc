// Rate limiting with a ticker: 5 requests spaced by a 4ms ticker take at
// least 16ms; a bursty limiter lets 3 through at once, then one per 20ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now()
	limiter := time.NewTicker(4 * time.Millisecond)
	defer limiter.Stop()
	for r := range requests {
		<-limiter.C
		fmt.Println("request", r)
	}
	fmt.Println("spaced out:", time.Since(start) >= 16*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	start = time.Now()
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	for i := 1; i <= 5; i++ {
		<-bursty
		if i == 3 {
			fmt.Println("burst of 3 at once:", time.Since(start) < 15*time.Millisecond)
		}
	}
	fmt.Println("then limited:", time.Since(start) >= 40*time.Millisecond)
}
