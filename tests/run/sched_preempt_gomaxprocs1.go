// With a single P, a goroutine spinning in for {} must be preempted so that
// main (sleeping, then receiving) can run again.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main woke up from a sleep")
	res := make(chan int)
	go func() { res <- 42 }()
	fmt.Println("and received", <-res, "from a third goroutine")
	runtime.Gosched()
	fmt.Println("Gosched returned")
}
