// The math package's integer limits, and detecting overflow by hand
// (Go never traps on integer overflow).
package main

import (
	"fmt"
	"math"
)

func addOverflows(a, b int64) bool {
	c := a + b
	return (c > a) != (b > 0)
}

func mulOverflows(a, b int64) bool {
	if a == 0 || b == 0 {
		return false
	}
	c := a * b
	return c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64)
}

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(addOverflows(math.MaxInt64, 1), addOverflows(1, 2), addOverflows(math.MinInt64, -1))
	fmt.Println(mulOverflows(1<<32, 1<<31), mulOverflows(1<<32, 1<<30), mulOverflows(-1, math.MinInt64))
	var sum uint32
	for i := 0; i < 10; i++ {
		prev := sum
		sum += 1 << 30
		if sum < prev {
			fmt.Println("uint32 wrapped at step", i, "to", sum)
		}
	}
	// Factorials in int64 overflow at 21!.
	f := int64(1)
	for i := int64(1); i <= 22; i++ {
		if mulOverflows(f, i) {
			fmt.Println("overflow computing", i, "!")
		}
		f *= i
	}
	fmt.Println(f)
}
