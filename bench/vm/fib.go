// fib.go -- doubly recursive Fibonacci: function calls and returns, integer
// compare and add; almost nothing else. The same program as fib.lua.
package main

import "fmt"

const n = 38

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(n))
}
