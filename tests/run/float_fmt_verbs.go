// Float verbs %e %E %f %F %g %G with widths, precisions and flags.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1234567.891, 0.000012345, 1e21, -9.999999e-7}
	for _, v := range vals {
		fmt.Printf("[%e] [%E] [%f] [%F] [%g] [%G]\n", v, v, v, v, v, v)
		fmt.Printf("[%.2e] [%.0f] [%.3f] [%.3g] [%10.2f] [%-10.2f] [%+.1f] [%010.3f] [% .2f]\n",
			v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%.0f] [%.0f] [%.0f] [%.0f] [%.1f] [%.1f]\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.15)
	fmt.Printf("[%#g] [%#.3g] [%#e] [%#.0f]\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("[%g] [%g] [%.20g]\n", 1e-5, 123456789.0, 0.1)
	fmt.Printf("[%8.3e] [%-12g|] [%+g] [%+e]\n", 12345.6789, 2.5, 2.5, -2.5)
	fmt.Printf("[%f] [%f] [%f] [%e] [%g]\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN())
	fmt.Printf("[%8.2f] [%-8f|] [%+f] [%08f]\n", math.Inf(1), math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("[%*.*f] [%-*d] [%.*s]\n", 10, 3, math.Pi, 6, 42, 3, "abcdef")
	var f32 float32 = 1.0 / 3
	fmt.Printf("[%v] [%g] [%.10f] [%e]\n", f32, f32, f32, f32)
	fmt.Printf("[%x] [%X] [%b]\n", 1.0, 0.5, 1.0)
}
