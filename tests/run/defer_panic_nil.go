// Go 1.19: panic(nil) is recovered as nil, so recover() != nil cannot tell
// it from no panic at all; the function still stops at the panic.
package main

import "fmt"

func panicsNil() (reached bool) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T), r == nil: %v\n", r, r, r == nil)
	}()
	panic(nil)
}

func main() {
	fmt.Println("reached:", panicsNil())
	var err error
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(err)
	}()
}
