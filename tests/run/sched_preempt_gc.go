// runtime.GC must stop every goroutine: with one P and a goroutine spinning
// in for {}, it still completes (the spinner is preempted).
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	for i := 0; i < 3; i++ {
		keep = append(keep, make([]byte, 1<<20))
		runtime.GC()
	}
	fmt.Println("three GCs beside a spinning goroutine, kept", len(keep))
}
