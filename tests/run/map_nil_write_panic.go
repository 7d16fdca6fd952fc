// An unrecovered write to a nil map: exit 2.
package main

import "fmt"

type registry struct {
	byName map[string]int
}

func main() {
	var r registry
	fmt.Println("lookup:", r.byName["a"])
	r.byName["a"] = 1
}
