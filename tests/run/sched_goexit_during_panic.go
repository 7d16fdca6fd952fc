// A deferred runtime.Goexit during a panic: the goroutine exits, the
// panic is not reported, and the defers below still run.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("outer defer runs")
		defer runtime.Goexit()
		panic("swallowed by Goexit")
	}()
	<-done
	fmt.Println("main goes on")
}
