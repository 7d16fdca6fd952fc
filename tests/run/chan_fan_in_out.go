// Fan-out: 4 workers read one input channel; fan-in: their outputs merge
// into one channel closed when all are done. Output is sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(ins ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func(in <-chan string) {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func stage(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			f := 1
			for i := 2; i <= n; i++ {
				f *= i
			}
			out <- fmt.Sprintf("%2d! = %d", n, f)
		}
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		for n := 1; n <= 15; n++ {
			in <- n
		}
		close(in)
	}()
	var lines []string
	for l := range merge(stage(in), stage(in), stage(in), stage(in)) {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
