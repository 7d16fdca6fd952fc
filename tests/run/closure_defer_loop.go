// Deferred closures in a loop see the loop variable's final value (Go
// 1.19); deferred calls with arguments capture each value.
package main

import "fmt"

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure ", i, "; ") }()
	}
}

func args() {
	for i := 0; i < 3; i++ {
		defer fmt.Print("arg ", i, "; ")
	}
}

func params() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("param ", n, "; ") }(i)
	}
}

func main() {
	closures()
	fmt.Println()
	args()
	fmt.Println()
	params()
	fmt.Println()
}
