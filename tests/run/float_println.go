// The println builtin prints floats in its own fixed format
// (+d.dddddde+ddd), on stderr; fmt prints the shortest representation.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 1.5, 0.1, 123456789, 1e-7, 1e300, -2.5e-300, 3.141592653589793}
	for _, v := range vals {
		println(v)
		fmt.Println(v)
	}
	negz := math.Copysign(0, -1)
	println(negz, math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(negz, math.Inf(1), math.Inf(-1), math.NaN())
	var f32 float32 = 0.1
	println(f32, float32(16777217))
	fmt.Println(f32, float32(16777217))
	println(1.0/3.0, 2.0/3.0, 1e21, 1e20)
	println("mixed", 1, 2.5, true, 'x', "end")
	println()
	print("print without spaces", 1, 2, 3.0, "\n")
}
