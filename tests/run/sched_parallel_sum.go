// CPU-bound work split over goroutines with GOMAXPROCS 1, 2 and 4 gives
// the same answer each time.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func run(parts int) int {
	var wg sync.WaitGroup
	res := make([]int, parts)
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for n := 1 + p; n < 20000; n += parts {
				res[p] += collatz(n)
			}
		}(p)
	}
	wg.Wait()
	t := 0
	for _, r := range res {
		t += r
	}
	return t
}

func main() {
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		fmt.Println("GOMAXPROCS", procs, "total steps", run(8))
	}
}
