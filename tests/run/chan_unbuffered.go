// An unbuffered channel is a rendezvous: a send completes only when a
// receiver takes the value, and each value goes to exactly one receiver.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	ch := make(chan int)
	printed := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Println("received", <-ch)
		}
		printed <- true
	}()
	for i := 1; i <= 3; i++ {
		ch <- i * 100
	}
	<-printed
	fmt.Println("len and cap of an unbuffered channel:", len(ch), cap(ch))

	// 100 senders, one receiver: every value arrives exactly once.
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- i
		}(i)
	}
	seen := make([]bool, 100)
	sum := 0
	for i := 0; i < 100; i++ {
		v := <-ch
		if seen[v] {
			fmt.Println("duplicate", v)
		}
		seen[v] = true
		sum += v
	}
	wg.Wait()
	fmt.Println("sum of 100 handoffs:", sum)

	// Synchronous: after the send returns, the receiver has the value.
	done := make(chan bool)
	var box int32
	go func() {
		atomic.StoreInt32(&box, int32(<-ch))
		done <- true
	}()
	ch <- 7
	<-done
	fmt.Println("receiver stored", atomic.LoadInt32(&box))
}
