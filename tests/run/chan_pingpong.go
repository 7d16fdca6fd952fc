// Two goroutines exchange a ball 10000 times over unbuffered channels.
package main

import "fmt"

func player(in <-chan int, out chan<- int, done chan<- int) {
	for v := range in {
		if v >= 10000 {
			done <- v
			return
		}
		out <- v + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan int)
	go player(ping, pong, done)
	go player(pong, ping, done)
	ping <- 0
	fmt.Println("final hit:", <-done)
}
