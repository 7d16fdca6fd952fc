// Many frames of many kinds at once: mutual recursion, recursion through
// func values, closures and interface methods, so every call path (static,
// closure, itab, native) crosses stack growth.
package main

import (
	"fmt"
	"math"
	"strings"
)

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

type Counter interface{ Count(n int) int }
type rec struct{}

func (r rec) Count(n int) int {
	if n == 0 {
		return 0
	}
	var c Counter = r
	return c.Count(n-1) + 1
}

func main() {
	fmt.Println(even(100001), odd(77777))
	var fact func(n int) float64
	fact = func(n int) float64 {
		if n <= 1 {
			return 1
		}
		return float64(n) * fact(n-1)
	}
	fmt.Println(fact(20), fact(170) > 1e306)
	fmt.Println(rec{}.Count(100000))
	var sq func(n int) float64
	sq = func(n int) float64 {
		if n == 0 {
			return 0
		}
		return math.Sqrt(float64(n*n)) + sq(n-1) // a native at every depth
	}
	fmt.Println(sq(20000))
	var b strings.Builder
	var build func(n int)
	build = func(n int) {
		if n > 0 {
			build(n - 1)
			b.WriteByte(byte('a' + n%26))
		}
	}
	build(30000)
	fmt.Println(b.Len(), b.String()[:30])
}
