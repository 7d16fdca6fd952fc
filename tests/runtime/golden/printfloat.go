// printfloat.go -- builtin println of float64 values, on stderr, as
// "BITS +d.dddddde+ddd" (BITS = the float64's bits in hex), and of
// integers as "int V" / "uint V".
package main

import (
	"math"
	"math/rand"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.1, 0.2, 0.3, 1e100, 1e-100,
		123456789, 9.9999999, 9.99999949, 0.000123, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 3.14159265358979,
		float64(float32(0.1)), 1e21, 1e20, 100, 1000000, 2.5e-7, 999999.95, 0.99999995}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	for _, v := range vals {
		print(hex(math.Float64bits(v)), " ")
		println(v)
	}
	for _, v := range []int64{0, 1, -1, 42, math.MaxInt64, math.MinInt64, -1234567890} {
		println("int", v)
	}
	for _, v := range []uint64{0, 1, math.MaxUint64, 1 << 63} {
		println("uint", v)
	}
}

func hex(b uint64) string {
	const dig = "0123456789abcdef"
	var buf [16]byte
	for i := 15; i >= 0; i-- {
		buf[i] = dig[b&15]
		b >>= 4
	}
	return string(buf[:])
}
