// float32 arithmetic rounds to single precision after every operation.
package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+1 == a)
	var x, y float32 = 1.1, 2.2
	fmt.Println(x*y, x+y, x/y, x-y, float64(x)*float64(y))
	var h float32 = 1
	for i := 0; i < 30; i++ {
		h /= 3
	}
	fmt.Println(h)
	fmt.Printf("%.10f %g %v\n", x, x*x, x*float32(1e38)*10)
	total := float32(0)
	for i := 1; i <= 1000; i++ {
		total += 1 / float32(i)
	}
	fmt.Println(total)
	var t float64
	for i := 1; i <= 1000; i++ {
		t += 1 / float64(i)
	}
	fmt.Println(t)
}
