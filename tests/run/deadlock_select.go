// A select whose cases can never proceed (no default): wait reason "select".
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int, 1)
	b <- 1 // b is full: its send case blocks too
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println("got", v)
	case b <- 2:
		fmt.Println("sent")
	}
}
