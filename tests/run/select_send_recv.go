// A select mixing send and receive cases: a loop that feeds one goroutine
// while collecting results from another until everything is done.
package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j * 2
		}
		close(results)
	}()
	next, sent, sum, got := 1, 0, 0, 0
	in := jobs
	for got < 50 {
		select {
		case in <- next:
			next++
			sent++
			if sent == 50 {
				close(jobs)
				in = nil // stop sending: a nil channel's case is never ready
			}
		case r := <-results:
			sum += r
			got++
		}
	}
	_, ok := <-results
	fmt.Println("sent", sent, "got", got, "sum", sum, "results closed:", !ok)
}
