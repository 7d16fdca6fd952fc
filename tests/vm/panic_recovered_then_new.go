// A deferred call recovers the first panic and then panics again: Go prints
// the first with " [recovered]" and the second after a tab.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("again after ", r))
	}()
	panic("first")
}
