// Directional channel types: a bidirectional channel converts to chan<- and
// <-chan; functions take the direction they need.
package main

import "fmt"

func gen(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int, 2)
	go gen(a, 5)
	go square(a, b)
	var recv <-chan int = b
	for v := range recv {
		fmt.Println(v)
	}
	var send chan<- int = make(chan int, 1)
	send <- 1
	fmt.Println(len(send), cap(send))
	fmt.Printf("%T %T %T\n", a, recv, send)
	chs := []chan<- string{make(chan string, 1), make(chan string, 1)}
	for i, c := range chs {
		c <- fmt.Sprint("slot ", i)
	}
	fmt.Println(len(chs[0]), len(chs[1]))
}
