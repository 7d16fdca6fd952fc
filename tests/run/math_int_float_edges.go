// Integer and float edge cases from the math package: MaxInt64 converted
// to float64 (rounds up to 2^63), exact halves, large float-to-int
// conversions inside the range, and math.Round of negative halves.
package main

import (
	"fmt"
	"math"
)

func main() {
	f := float64(math.MaxInt64)
	fmt.Println(f, f == 1<<63, int64(f-1024), uint64(f))
	fmt.Println(float32(math.MaxInt32), float64(math.MinInt64), int64(float64(math.MinInt64)))
	for _, x := range []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 4503599627370497, -4503599627370497.5} {
		fmt.Println(x, math.Round(x), math.RoundToEven(x), math.Floor(x), int64(x))
	}
	m32 := uint32(math.MaxUint32)
	h := -3.5
	fmt.Println(math.MaxUint32, m32+1, math.MaxInt16+1)
	fmt.Println(7/2, -7/2, 7.0/2, float64(7)/2, math.Floor(-7.0/2), int(h))
	var x uint8 = 255
	fmt.Println(float64(x)+1, float32(x)*float32(x), int(float64(x)*1.5))
	fmt.Println(math.Trunc(-0.9), math.Ceil(-0.9), math.Signbit(math.Ceil(-0.9)))
}
