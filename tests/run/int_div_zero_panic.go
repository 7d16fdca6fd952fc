// An unrecovered integer division by zero: stdout is flushed, the panic
// message goes to stderr and the exit code is 2.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("before")
	fmt.Println(div(1, 0))
	fmt.Println("not reached")
}
