// Constant expressions are evaluated exactly at compile time, far beyond 64
// bits, as long as the final value fits its type.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Back  = Huge / Big / Big
	Frac  = 1.0 / (1 << 80)
)

func main() {
	fmt.Println(Small, Back, Frac*(1<<80))
	fmt.Println(Big/3%1000, Big%7)
	const maxU64 = 1<<64 - 1
	var u uint64 = maxU64
	fmt.Println(u, maxU64/(1<<32))
	const f = 1e400 / 1e399
	fmt.Println(f)
	const neg = -Big
	fmt.Println(neg/Big, neg>>98)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1/2*4.0, 1/2.0*4)
	const digits = 12345678901234567890 % 1000000
	fmt.Println(digits)
	const huge = 1e500
	fmt.Println(huge/1e490, huge > 1e308)
	var f32 float32 = 3.4028235e38
	fmt.Println(f32)
}
