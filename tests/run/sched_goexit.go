// runtime.Goexit ends the calling goroutine after running its deferred calls;
// recover returns nil during a Goexit, which is not a panic.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		defer fmt.Println("outer defer runs")
		func() {
			defer fmt.Println("inner defer runs")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done

	res := make(chan string)
	go func() {
		defer func() { res <- "deferred send from a Goexit goroutine" }()
		for i := 0; ; i++ {
			if i == 3 {
				runtime.Goexit()
			}
		}
	}()
	fmt.Println(<-res)

	// A panic recovered inside a deferred call, then Goexit: the goroutine
	// still exits cleanly.
	go func() {
		defer func() { res <- "Goexit after a recovered panic" }()
		func() {
			defer func() { recover() }()
			panic("inner")
		}()
		runtime.Goexit()
	}()
	fmt.Println(<-res)
}
