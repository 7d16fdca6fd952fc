// Three producers and two consumers on one buffered channel; the last
// producer to finish closes it (counted with a WaitGroup).
package main

import (
	"fmt"
	"sync"
)

func main() {
	items := make(chan int, 8)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 100; i++ {
				items <- p*100 + i
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(items)
	}()
	type tally struct{ count, sum int }
	results := make(chan tally)
	for c := 0; c < 2; c++ {
		go func() {
			var t tally
			for v := range items {
				t.count++
				t.sum += v
			}
			results <- t
		}()
	}
	a, b := <-results, <-results
	fmt.Println("consumed", a.count+b.count, "items, sum", a.sum+b.sum)
}
