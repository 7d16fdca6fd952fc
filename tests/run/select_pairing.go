// Two goroutines each select between sending and receiving on the same
// unbuffered channel: they pair up, one as sender, one as receiver. A
// select never pairs with itself.
package main

import (
	"fmt"
	"sort"
)

func main() {
	for round := 0; round < 3; round++ {
		ch := make(chan int)
		out := make(chan string, 2)
		for g := 1; g <= 2; g++ {
			go func(g int) {
				select {
				case ch <- g:
					out <- "sent"
				case v := <-ch:
					out <- fmt.Sprint("received from ", 3-v == g)
				}
			}(g)
		}
		res := []string{<-out, <-out}
		sort.Strings(res)
		fmt.Println(res)
	}
	self := make(chan int)
	select {
	case self <- 1:
		fmt.Println("never")
	case <-self:
		fmt.Println("never")
	default:
		fmt.Println("one select alone cannot pair with itself")
	}
}
