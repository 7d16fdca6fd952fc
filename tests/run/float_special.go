// NaN, infinities and negative zero: arithmetic, comparisons and printing.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	negz2 := math.Copysign(0, -1)
	fmt.Println(inf, ninf, nan, negz, negz2, 1/negz2)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(inf == inf, inf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(negz2 == 0, math.Signbit(negz2), math.Signbit(zero))
	fmt.Println(inf-inf, inf*0, inf+1, -inf, inf/inf, 0*ninf)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, -1), math.IsInf(nan, 0))
	mx := math.MaxFloat64
	fmt.Println(mx*2, -mx*2, math.SmallestNonzeroFloat64/2)
	x := math.NaN()
	y := x
	fmt.Println(x == y, math.Float64bits(math.Inf(1)) == 0x7FF0000000000000)
	var f32 float32 = 3.4e38
	fmt.Println(f32*10, -f32*10)
	fmt.Printf("%v %.2f %5.1f %e\n", negz2, negz2, negz2, negz2)
	fmt.Println(math.Max(nan, 1), math.Min(1, nan), math.Max(negz2, 0), math.Min(negz2, 0))
	fmt.Println(math.Abs(negz2), math.Abs(ninf), math.Sqrt(-1), math.Log(0), math.Log(-1))
}
