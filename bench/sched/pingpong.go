// pingpong: unbuffered round trips between two goroutines.
//
// main sends i on ping, the other goroutine answers i*3+1 on pong: each
// round trip is two unbuffered handoffs, so two parks and two readies (a
// receiver found waiting takes the value directly from the sender, Go's
// chansend -> send fast path). The checksum folds every answer in, so a lost
// or reordered message changes it.
package main

import "fmt"

const rounds = 1000000

func echo(ping <-chan int, pong chan<- int) {
	for v := range ping {
		pong <- v*3 + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	go echo(ping, pong)
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum = sum*31 + <-pong
	}
	close(ping)
	fmt.Println("pingpong", rounds, sum)
}
