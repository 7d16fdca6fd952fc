// time.AfterFunc runs f in its own goroutine after the duration; Stop
// before it fires keeps f from running and returns true; Stop after
// returns false; Reset re-arms it.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	done := make(chan string)
	main := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() {
		select {
		case <-main:
			done <- "f runs in another goroutine than main"
		default:
			done <- "f runs"
		}
	})
	close(main)
	fmt.Println(<-done)

	var ran int32
	t := time.AfterFunc(50*time.Millisecond, func() { atomic.StoreInt32(&ran, 1) })
	fmt.Println("Stop before firing:", t.Stop())
	time.Sleep(80 * time.Millisecond)
	fmt.Println("stopped f ran:", atomic.LoadInt32(&ran) == 1)
	fmt.Println("Stop again:", t.Stop())

	fired := make(chan int, 2)
	t2 := time.AfterFunc(5*time.Millisecond, func() { fired <- 1 })
	<-fired
	fmt.Println("Stop after firing:", t2.Stop())
	fmt.Println("Reset after firing:", t2.Reset(5*time.Millisecond))
	<-fired
	fmt.Println("fired again after Reset")

	t3 := time.AfterFunc(time.Hour, func() { fired <- 3 })
	fmt.Println("Reset of a pending timer:", t3.Reset(5*time.Millisecond))
	fmt.Println("value from the reset timer:", <-fired)
	fmt.Println("AfterFunc's C is nil:", t3.C == nil)

	var count int32
	for i := 0; i < 100; i++ {
		time.AfterFunc(time.Duration(i%10)*time.Millisecond, func() { atomic.AddInt32(&count, 1) })
	}
	for atomic.LoadInt32(&count) < 100 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("100 AfterFuncs ran:", atomic.LoadInt32(&count))
}
