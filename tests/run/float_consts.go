// Untyped float constants are exact (arbitrary precision) until they are
// given a type; variables are IEEE doubles.
package main

import (
	"fmt"
	"math"
)

const third = 1.0 / 3
const tenth = 0.1

func main() {
	fmt.Println(tenth*3 == 0.3) // exact constant arithmetic
	x := tenth
	fmt.Println(x*3 == 0.3) // rounded double arithmetic
	fmt.Println(third*3 == 1, third)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	var f32 float32 = math.Pi
	fmt.Println(f32, float64(f32))
	const c = 7 / 2
	const d = 7 / 2.0
	fmt.Println(c, d)
	fmt.Printf("%T %T %T\n", c, d, 'a'*1.0)
	var i int = 1e9
	fmt.Println(i, 1e3*int(2))
}
