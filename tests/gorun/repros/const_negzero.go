// Go constants have no negative zero: -0.0, -zero and -float64(zero) are
// +0, and a negative constant too small for float64 rounds to +0.
// (fixedbugs/bug434.go, issue12577.go, issue12621.go)
package main

import "math"

const zero = 0.0

var tiny = -1e-10000

func main() {
	a := -zero
	b := -float64(zero)
	var c float32 = -0.0
	println(math.Signbit(a), math.Signbit(b), math.Signbit(float64(c)), math.Signbit(tiny))
	v := 0.0
	println(math.Signbit(-v)) // a variable's negation is -0
}
