// os.Exit called from a deferred function while panicking: the panic is
// never reported and the exit status is the one given.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Println("cleanup, then exit 0")
		os.Exit(0)
	}()
	panic("this is never printed")
}
