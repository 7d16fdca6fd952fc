// Closing a channel twice: "panic: close of closed channel".
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closing again")
	close(ch)
}
