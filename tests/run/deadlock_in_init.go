// A deadlock during package initialization: main never starts.
package main

import "fmt"

var v = <-make(chan int)

func init() {
	fmt.Println("never")
}

func main() {
	fmt.Println("never", v)
}
