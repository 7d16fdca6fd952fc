// Cases on nil channels are never chosen, whatever their direction, even
// when every other case blocks for a while.
package main

import (
	"fmt"
	"time"
)

func main() {
	var nilRecv chan int
	var nilSend chan int
	ready := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		ready <- i
		select {
		case <-nilRecv:
			counts["nil receive"]++
		case nilSend <- i:
			counts["nil send"]++
		case <-ready:
			counts["ready"]++
		}
	}
	fmt.Println(counts["nil receive"], counts["nil send"], counts["ready"])

	late := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		late <- "the only live case wins after blocking"
	}()
	select {
	case <-nilRecv:
		fmt.Println("never")
	case nilSend <- 1:
		fmt.Println("never")
	case s := <-late:
		fmt.Println(s)
	}

	select {
	case <-nilRecv:
		fmt.Println("never")
	default:
		fmt.Println("nil channels only: default")
	}
}
