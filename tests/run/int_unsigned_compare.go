// Comparisons follow the operand type: a huge unsigned value is not
// negative, and converting changes the ordering.
package main

import "fmt"

func main() {
	var u uint32 = 0xFFFFFFFF
	var s int32 = int32(u)
	fmt.Println(u > 0, s > 0, s == -1, u == uint32(s))
	var a, b uint64 = 1, 2
	fmt.Println(a-b > a, int64(a-b) < 0)
	vals := []int8{-128, -1, 0, 1, 127}
	for _, x := range vals {
		for _, y := range vals {
			if (x < y) != (uint8(x) < uint8(y)) {
				fmt.Print(x, "<", y, " flips; ")
			}
		}
	}
	fmt.Println()
	var n uint = 0
	count := 0
	for i := uint(5); i < 10; i-- { // stops when i wraps around
		count++
		n += i
	}
	fmt.Println(count, n)
}
