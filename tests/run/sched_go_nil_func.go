// go with a nil function value and no arguments is a fatal error in the
// calling goroutine: "go of nil func value", which recover cannot catch.
// (With arguments gc wraps the call in a closure, and the nil call panics
// later in the new goroutine instead.)
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	fmt.Println("starting a nil func")
	go f()
	fmt.Println("not reached")
}
