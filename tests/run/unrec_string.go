// An unrecovered panic with a string: stdout written before the panic is
// flushed, deferred calls run, then "panic: msg" on stderr and exit 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("working")
	panic("something bad happened")
}
