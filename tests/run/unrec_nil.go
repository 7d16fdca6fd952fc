// Go 1.19: an unrecovered panic(nil).
package main

import "fmt"

func main() {
	fmt.Println("before")
	panic(nil)
}
