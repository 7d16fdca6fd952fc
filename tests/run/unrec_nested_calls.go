// A panic deep in a call chain runs every frame's defers on the way out
// (visible on stdout) before the program dies.
package main

import "fmt"

func c(n int) {
	defer fmt.Println("c defer", n)
	if n == 0 {
		var arr []int
		_ = arr[n]
	}
	c(n - 1)
}

func b() {
	defer fmt.Println("b defer")
	c(2)
}

func main() {
	defer fmt.Println("main defer")
	b()
}
