// Goroutines that exit quickly are reused: a chain of 20000 goroutines,
// each starting the next, then 50000 short-lived ones; the count returns
// to 1.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func link(n int, done chan<- int) {
	if n == 0 {
		done <- 0
		return
	}
	go link(n-1, done)
}

func main() {
	done := make(chan int)
	go link(20000, done)
	<-done
	var wg sync.WaitGroup
	for i := 0; i < 50000; i++ {
		wg.Add(1)
		go wg.Done()
	}
	wg.Wait()
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
