// A ring of 500 goroutines passes a token around 20 times.
package main

import "fmt"

func main() {
	const n, laps = 500, 20
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	token := 0
	for lap := 0; lap < laps; lap++ {
		first <- token
		token = <-last
	}
	close(first)
	<-last
	fmt.Println("token after", laps, "laps of", n, "goroutines:", token)
}
