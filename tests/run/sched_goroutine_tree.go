// A recursive computation that spawns a goroutine per branch down to a
// depth, joining through channels.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func pfib(n, depth int) int {
	if depth == 0 || n < 2 {
		return fib(n)
	}
	left := make(chan int)
	go func() { left <- pfib(n-1, depth-1) }()
	right := pfib(n-2, depth-1)
	return <-left + right
}

func sumTree(lo, hi int, out chan<- int) {
	if hi-lo <= 16 {
		s := 0
		for i := lo; i < hi; i++ {
			s += i
		}
		out <- s
		return
	}
	mid := (lo + hi) / 2
	c := make(chan int, 2)
	go sumTree(lo, mid, c)
	go sumTree(mid, hi, c)
	out <- <-c + <-c
}

func main() {
	fmt.Println("fib(24) with goroutines:", pfib(24, 6))
	out := make(chan int)
	go sumTree(0, 100000, out)
	fmt.Println("sum of 0..99999 by a goroutine tree:", <-out)
}
