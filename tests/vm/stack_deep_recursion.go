// Deep recursion: a goroutine's VM stack starts at 2 KB and doubles by
// copying many times; values in frames (ints, strings, a big array) must
// survive every copy.
package main

import "fmt"

func down(n int, s string) (int, string) {
	if n == 0 {
		return 0, s
	}
	var pad [16]int
	pad[n%16] = n
	d, t := down(n-1, s)
	return d + pad[n%16] - n + 1, t
}

func sum(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	d, s := down(300000, "kept")
	fmt.Println(d, s)
	fmt.Println(sum(1000000))
	// grow again after the stack has already grown
	d, s = down(50000, "again")
	fmt.Println(d, s)
}
