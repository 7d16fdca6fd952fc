// ring: S goroutines (default 1,000) in a ring, each receiving a token from
// its left neighbour and passing it, incremented, to its right; main puts
// the token in and takes it out R times (default 200 laps). Checks: the
// token counts every hop of every lap, and the ring ends cleanly (closing
// the first channel makes every stage pass the close on and exit).
//
// Usage: ring [STAGES [LAPS]]
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	stages, laps := 1000, 200
	if len(os.Args) > 1 {
		stages, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		laps, _ = strconv.Atoi(os.Args[2])
	}
	first := make(chan int)
	in := first
	for i := 0; i < stages; i++ {
		out := make(chan int)
		go stage(in, out)
		in = out
	}
	last := in
	token := 0
	for lap := 0; lap < laps; lap++ {
		first <- token
		token = <-last
		if token != (lap+1)*stages {
			fmt.Println("lap", lap, "token", token, "want", (lap+1)*stages)
			os.Exit(1)
		}
	}
	fmt.Println("stages:", stages, "laps:", laps, "token:", token)
	close(first)
	_, ok := <-last
	fmt.Println("closed through:", !ok)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("all done")
}
