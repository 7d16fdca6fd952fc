// An unrecovered call of a nil func: exit 2, SIGSEGV-style message.
package main

import "fmt"

func main() {
	var callback func(string)
	fmt.Println("calling")
	callback("x")
}
