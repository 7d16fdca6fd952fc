// Signed division truncates toward zero; the remainder has the sign of the
// dividend; MinInt / -1 wraps to MinInt and MinInt % -1 is 0 (no panic).
package main

import "fmt"

func show(a, b int) {
	q, r := a/b, a%b
	fmt.Printf("%d / %d = %d, %d %% %d = %d, check %v\n", a, b, q, a, b, r, q*b+r == a)
}

func main() {
	for _, a := range []int{7, -7, 6, -6, 0, 1, -1} {
		for _, b := range []int{2, -2, 3, -3, 7} {
			show(a, b)
		}
	}
	var m8 int8 = -128
	var n8 int8 = -1
	fmt.Println("int8 -128 / -1 =", m8/n8, "rem", m8%n8)
	var m16 int16 = -32768
	var n16 int16 = -1
	fmt.Println("int16 min / -1 =", m16/n16, "rem", m16%n16)
	var m32 int32 = -2147483648
	var n32 int32 = -1
	fmt.Println("int32 min / -1 =", m32/n32, "rem", m32%n32)
	var m64 int64 = -9223372036854775808
	var n64 int64 = -1
	fmt.Println("int64 min / -1 =", m64/n64, "rem", m64%n64)

	// Division by powers of two is still truncation, not a shift.
	for _, v := range []int32{-1, -2, -3, -4, -5, -7, -8, -9} {
		fmt.Print(v/4, ":", v%4, ":", v>>2, " ")
	}
	fmt.Println()
	var x int64 = -9223372036854775807
	fmt.Println(x/2, x%2, x/1000000007, x%1000000007)
}
