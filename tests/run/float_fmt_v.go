// %v (and Println) print floats with the shortest decimal that round-trips
// (strconv's %g with precision -1): exponent form when the decimal exponent
// is below -4 or is 6 or more, whatever the digit count (strconv decides
// with precision 6 when asked for the shortest form): 100000 but 1e+06.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 123456789012345678,
		0.0001, 0.00001, 1.5e-5, 5e-324, 1.7976931348623157e308, -0.0, 12345.678, 1e100,
		100000, 1234567, 100000000, 0.000123, 33.333333333333336}
	for _, v := range vals {
		fmt.Println(v)
	}
	var f32s = []float32{0.1, 1.0 / 3, 16777216, 16777217, 1e-10, math.MaxFloat32, 1.1}
	for _, v := range f32s {
		fmt.Println(v, float64(v))
	}
	fmt.Print(1.0, 2.5, "\n")
	fmt.Print(1.0, " ", 2.5, "\n")
	s := fmt.Sprint(3.0, 4.0)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%v|%v|%v", 1e-4, 1e-5, 2e21))
}
