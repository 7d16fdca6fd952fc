// On entering a select every channel operand and every value to send are
// evaluated once, in source order, whichever case is then chosen; the
// left-hand sides of a receive are evaluated only for the chosen case.
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("channel", name)
	return c
}

func val(v int) int {
	fmt.Println("value", v)
	return v
}

func idx(i int) int {
	fmt.Println("index", i)
	return i
}

func main() {
	ready := make(chan int, 1)
	ready <- 7
	var blocked chan int
	var arr [3]int
	select {
	case ch("send-a", blocked) <- val(1):
		fmt.Println("sent a")
	case arr[idx(0)] = <-ch("recv-b", blocked):
		fmt.Println("received b")
	case arr[idx(1)] = <-ch("recv-c", ready):
		fmt.Println("received c:", arr)
	case ch("send-d", blocked) <- val(2):
		fmt.Println("sent d")
	}
	fmt.Println("---")
	select {
	case ch("send-e", ready) <- val(3):
		fmt.Println("sent e")
	default:
		fmt.Println("default")
	}
	fmt.Println(<-ready)
}
