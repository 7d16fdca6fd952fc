// Writes to stderr before a panic come first on stderr; stdout is separate.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "warning: about to fail")
	println("println also goes to stderr")
	panic("failure")
}
