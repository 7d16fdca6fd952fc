// A deferred call panicking while a panic is running: both panics are
// printed, the first one first.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred, about to panic again")
		panic("second")
	}()
	panic("first")
}
