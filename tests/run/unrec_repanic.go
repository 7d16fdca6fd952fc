// Re-panicking a recovered value: Go prints "panic: first [recovered]" and
// then the new panic indented on the next line.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again")
		panic(r)
	}()
	panic("first")
}
