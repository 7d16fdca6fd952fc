// len and cap of nil, unbuffered and buffered channels, through directional
// channel types too.
package main

import "fmt"

func report(name string, ch chan int) {
	fmt.Println(name, len(ch), cap(ch))
}

func sendOnly(c chan<- int) (int, int)  { return len(c), cap(c) }
func recvOnly(c <-chan int) (int, int) { return len(c), cap(c) }

func main() {
	var nilc chan int
	report("nil", nilc)
	report("unbuffered", make(chan int))
	c := make(chan int, 4)
	report("empty", c)
	for i := 0; i < 4; i++ {
		c <- i
		report("after send", c)
	}
	<-c
	report("after receive", c)
	fmt.Println(sendOnly(c))
	fmt.Println(recvOnly(c))
	close(c)
	report("closed", c)
	for range c {
	}
	report("drained", c)
	big := make(chan struct{}, 1000)
	for i := 0; i < 700; i++ {
		big <- struct{}{}
	}
	fmt.Println("struct{} elements:", len(big), cap(big))
	n := 3
	dyn := make(chan string, n*2)
	fmt.Println("size from a variable:", cap(dyn))
}
