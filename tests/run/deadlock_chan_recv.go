// Receiving from an unbuffered channel nobody sends on: deadlock, wait
// reason "chan receive".
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("receiving")
	fmt.Println(<-ch)
}
