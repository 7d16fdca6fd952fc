// Cond.Broadcast wakes every waiter; Signal wakes one at a time.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var woke int
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				c.Wait()
			}
			woke++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 10 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken by one Broadcast:", woke)

	// Signal wakes exactly one waiter per call.
	tokens := 0
	served := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			mu.Lock()
			for tokens == 0 {
				c.Wait()
			}
			tokens--
			mu.Unlock()
			served <- i
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		mu.Lock()
		tokens++
		c.Signal()
		mu.Unlock()
		<-served
	}
	fmt.Println("three Signals served three waiters, tokens left:", tokens)
}
