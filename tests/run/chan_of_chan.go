// Channels of channels: each request carries the channel its reply goes on.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	for i := 0; i < 3; i++ {
		go server(reqs)
	}
	replies := make([]chan int, 10)
	for i := range replies {
		replies[i] = make(chan int, 1)
		reqs <- request{i, replies[i]}
	}
	for i, r := range replies {
		fmt.Println(i, <-r)
	}
	close(reqs)

	cc := make(chan chan string, 1)
	c := make(chan string, 1)
	cc <- c
	(<-cc) <- "through a channel of channels"
	fmt.Println(<-c)
}
