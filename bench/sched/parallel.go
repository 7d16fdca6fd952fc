// parallel: 8 goroutines, each computing fib(35) by double recursion.
//
// No goroutine blocks until it is done: the run is pure CPU, so with
// GOMAXPROCS=2 on two idle cores it should take about half the time of
// GOMAXPROCS=1 (the runner reports the speed-up). With 8 goroutines for
// 2 Ps the scheduler must also share each P among four of them (sysmon's
// preemption after 10 ms), which a fair run needs to finish together.
package main

import "fmt"

const (
	goroutines = 8
	n          = 35
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	results := make(chan int)
	for i := 0; i < goroutines; i++ {
		go func() { results <- fib(n) }()
	}
	sum := 0
	for i := 0; i < goroutines; i++ {
		sum += <-results
	}
	fmt.Println("parallel", goroutines, n, sum)
}
