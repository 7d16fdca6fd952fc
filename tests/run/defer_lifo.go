// Deferred calls run last-in first-out when the function returns, after the
// return values are computed; each function has its own list.
package main

import "fmt"

func inner() string {
	defer fmt.Println("inner defer 1")
	defer fmt.Println("inner defer 2")
	fmt.Println("inner body")
	return result("inner return value computed")
}

func result(s string) string {
	fmt.Println(s)
	return s
}

func outer() {
	defer fmt.Println("outer defer 1")
	for i := 0; i < 3; i++ {
		defer fmt.Println("outer loop defer", i)
	}
	fmt.Println("calling inner")
	inner()
	defer fmt.Println("outer defer last")
	fmt.Println("outer body end")
}

func main() {
	outer()
	func() {
		defer fmt.Println("literal defer")
	}()
	fmt.Println("main end")
}
