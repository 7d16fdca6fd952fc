// The deferred function value and its arguments are evaluated when the
// defer statement executes; a closure reads variables when it runs.
package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("deferred closure x =", x) }()
	defer func(v int) { fmt.Println("deferred param x =", v) }(x)
	x = 2
	s := []int{1, 2, 3}
	defer fmt.Println("slice arg:", s) // the header is copied, the array shared
	s[0] = 100
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	a()
	x = 3
	fmt.Println("main body done")
}
