// ring: 1,000 goroutines in a ring pass a token 1,000,000 times.
//
// Node k receives the token on ring[k] and passes it, decremented, to
// ring[k+1] (the last node to ring[0]): every hop is an unbuffered handoff
// to a goroutine that is already parked, so the run measures park/ready
// through a run queue holding one runnable g among 1,000 parked ones. The
// node that receives 0 reports itself and the ring stops there; with the
// token starting at hops, that is node hops % nodes.
package main

import "fmt"

const (
	nodes = 1000
	hops  = 1000000
)

func node(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	ring := make([]chan int, nodes)
	for i := range ring {
		ring[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < nodes; i++ {
		go node(i, ring[i], ring[(i+1)%nodes], done)
	}
	ring[0] <- hops
	fmt.Println("ring", nodes, hops, <-done)
}
