// A select over nil channels only can never proceed: "select".
package main

import "fmt"

func main() {
	var in chan int
	var out chan int
	fmt.Println("selecting on nil channels")
	select {
	case <-in:
	case out <- 1:
	}
}
