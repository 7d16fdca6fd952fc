// channels: go statements with bound arguments, sends and receives, range
// over a channel, select with a default case, close.
package main

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int, 4)
	go produce(c, 3)
	sum := 0
	for v := range c {
		sum += v
	}
	done := make(chan bool)
	select {
	case v, ok := <-c:
		println("received", v, ok)
	case done <- true:
		println("sent")
	default:
		println("none")
	}
	println(sum, len(c), cap(c))
}
