// Conversions between floats and integers: float-to-int truncates toward
// zero (values in range), int-to-float rounds to nearest even.
package main

import "fmt"

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e15 + 0.5, 123456789.999, -0.0} {
		fmt.Println(f, int(f), int64(f), int16(f/1e12), uint8(f*0+42))
	}
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)), float32(big))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	for _, v := range []int64{16777216, 16777217, 16777218, 16777219} {
		fmt.Println(v, float32(v), int64(float32(v)))
	}
	d := 0.1
	f := float32(d)
	fmt.Println(f, float64(f), float64(f) == d)
	fmt.Println(float32(1)/3*3 == 1, float64(float32(1)/3))
	var i8 int8 = -100
	fmt.Println(float64(i8)/3, float32(uint8(i8)))
	n := 7
	fmt.Println(float64(n)/2, n/2, float64(n/2))
	fmt.Println(uint64(float64(1<<63)), int64(-9.223372036854775e18))
}
