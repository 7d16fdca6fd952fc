// Calling a nil function value panics with a nil pointer dereference.
package main

import "fmt"

type handler struct {
	name string
	fn   func(int) int
}

func main() {
	hs := []handler{{"double", func(x int) int { return 2 * x }}, {"missing", nil}}
	for _, h := range hs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(h.name, "recovered:", r)
				}
			}()
			fmt.Println(h.name, h.fn(21))
		}()
	}
	var f func()
	fmt.Println(f == nil)
	m := map[string]func() string{}
	if g, ok := m["x"]; !ok && g == nil {
		fmt.Println("no func")
	}
}
