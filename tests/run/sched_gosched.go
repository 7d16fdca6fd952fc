// runtime.Gosched yields the processor: with one P, a goroutine started by
// main only runs when main yields or blocks.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	runtime.Gosched() // nothing else to run: returns at once
	fmt.Println("Gosched with no other goroutine returns")

	var done int32
	go func() { atomic.StoreInt32(&done, 1) }()
	yields := 0
	for atomic.LoadInt32(&done) == 0 {
		runtime.Gosched()
		yields++
	}
	fmt.Println("goroutine ran after main yielded:", yields >= 1)

	// Two goroutines taking turns through Gosched only (no channels): each
	// waits for the other's step, so both must be scheduled again and again.
	var turn int32
	finished := make(chan bool)
	for id := int32(0); id < 2; id++ {
		go func(id int32) {
			for step := 0; step < 100; step++ {
				for atomic.LoadInt32(&turn)%2 != id {
					runtime.Gosched()
				}
				atomic.AddInt32(&turn, 1)
			}
			finished <- true
		}(id)
	}
	<-finished
	<-finished
	fmt.Println("turns taken:", atomic.LoadInt32(&turn))
}
