// Sending on a nil channel blocks forever: "chan send (nil chan)".
package main

import "fmt"

func main() {
	var ch chan<- int
	fmt.Println("sending on a nil channel")
	ch <- 1
}
