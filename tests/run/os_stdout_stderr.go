// Writing to os.Stdout and os.Stderr with fmt.Fprint*, WriteString and Write;
// each stream keeps its own order.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprint(os.Stdout, "fprint ", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	n, err := os.Stdout.WriteString("write string\n")
	fmt.Println(n, err)
	n, err = os.Stderr.Write([]byte("raw bytes to stderr\n"))
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "%05.1f|%-4s|\n", 3.14159, "ab")
	n, err = fmt.Fprintln(os.Stdout, "count", "me")
	fmt.Println(n, err)
	print("builtin print to stderr\n")
	println("builtin println", 7, true)
	os.Stdout.Write([]byte{'o', 'k', '\n'})
	fmt.Fprint(os.Stderr, "no newline at end")
}
