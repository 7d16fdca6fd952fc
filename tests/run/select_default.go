// select with default never blocks: non-blocking send and receive.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return -1, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 3; i++ {
		fmt.Println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		fmt.Println(tryRecv(ch))
	}
	un := make(chan int)
	fmt.Println("unbuffered without a partner:", trySend(un, 1))
	var nilc chan int
	fmt.Println("nil channel:", trySend(nilc, 1))
	v, ok := tryRecv(nilc)
	fmt.Println(v, ok)
	close(ch)
	fmt.Println("closed channel is ready:")
	fmt.Println(tryRecv(ch))

	// A goroutine waiting to receive makes the unbuffered send ready.
	got := make(chan int)
	go func() { got <- <-un }()
	for !trySend(un, 42) {
	}
	fmt.Println("handed to a waiting receiver:", <-got)

	// empty select with only default
	select {
	default:
		fmt.Println("only default")
	}
}
