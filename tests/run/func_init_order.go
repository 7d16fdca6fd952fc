// Package-level variables are initialized in dependency order, then init
// functions run in source order, then main.
package main

import "fmt"

var (
	a = c + b // depends on b and c: initialized after them
	b = f("b", 1)
	c = f("c", 2)
	d = 4
)

var total = sum()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v * 10
}

func sum() int {
	fmt.Println("init total from a =", a)
	return a + d
}

func init() {
	fmt.Println("first init: a b c d total =", a, b, c, d, total)
	d = 40
}

func init() {
	fmt.Println("second init: d =", d)
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
}
