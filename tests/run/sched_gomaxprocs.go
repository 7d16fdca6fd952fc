// runtime.GOMAXPROCS gets and sets the number of Ps while the program runs.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(workers int) int {
	var wg sync.WaitGroup
	sums := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				sums[w] += i % (w + 3)
			}
		}(w)
	}
	wg.Wait()
	t := 0
	for _, s := range sums {
		t += s
	}
	return t
}

func main() {
	n0 := runtime.GOMAXPROCS(0)
	fmt.Println("default is NumCPU:", n0 == runtime.NumCPU(), "and at least 1:", n0 >= 1)
	fmt.Println("GOMAXPROCS(3) returns the old value:", runtime.GOMAXPROCS(3) == n0)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("work with 3 Ps:", work(6))
	fmt.Println("GOMAXPROCS(1) returns", runtime.GOMAXPROCS(1))
	fmt.Println("work with 1 P:", work(6))
	fmt.Println("GOMAXPROCS(-5) returns", runtime.GOMAXPROCS(-5), "and changes nothing:", runtime.GOMAXPROCS(0))
	res := make(chan int)
	go func() { res <- runtime.GOMAXPROCS(4) }()
	fmt.Println("set from a goroutine, it returned", <-res, "now", runtime.GOMAXPROCS(0))
	fmt.Println("work with 4 Ps:", work(8))
	runtime.GOMAXPROCS(2)
	fmt.Println("work with 2 Ps:", work(3))
}
