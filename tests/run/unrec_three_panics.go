// Three nested panics: each deferred call panics anew while the earlier
// panics are still running; all three are reported in order.
package main

import "fmt"

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		fmt.Println("second defer runs")
		panic(fmt.Errorf("second"))
	}()
	panic("first")
}
