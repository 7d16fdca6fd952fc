// pipeline.go -- the `make run` showcase: goroutines, channels, a struct
// with a method, a closure and a map, in a few lines.
package main

import "fmt"

type Stats struct {
	count int
	sum   int
}

func (s *Stats) Add(v int) {
	s.count++
	s.sum += v
}

func squares(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	var st Stats
	parity := map[bool]int{}
	for v := range squares(10) {
		st.Add(v)
		parity[v%2 == 0]++
	}
	fmt.Println("count", st.count, "sum", st.sum)
	fmt.Println("even", parity[true], "odd", parity[false])
}
