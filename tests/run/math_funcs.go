// math: exact functions printed in full (Sqrt, Floor, Ceil, Trunc, Round,
// RoundToEven, Abs, Mod, Remainder, Max, Min, Copysign, Frexp, Ldexp, Modf,
// Hypot of exact cases) and transcendental ones with 10 significant digits.
// (The constant -0.0 is +0: constants have no negative zero.)
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{2, 2.5, -2.5, 0.5, -0.5, 1.4999999999999998, 1e16 + 1, -0.0} {
		fmt.Println(x, math.Sqrt(math.Abs(x)), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Remainder(7, 3), math.Remainder(8, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Copysign(3, -1), math.Abs(-4.5), math.Signbit(-0.0*1), math.Hypot(3, 4), math.Cbrt(27))
	frac, exp := math.Frexp(12)
	fmt.Println(frac, exp, math.Ldexp(0.75, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(1, math.NaN()), math.Pow(9, 0.5))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	fmt.Println(math.Nextafter(1, 2)-1, math.Inf(1) > 0, math.IsNaN(math.NaN()))
	p := func(vals ...float64) {
		for _, v := range vals {
			fmt.Printf("%.10g ", v)
		}
		fmt.Println()
	}
	p(math.Exp(1), math.Exp(-2.5), math.Log(10), math.Log2(8), math.Log10(0.001), math.Log1p(1e-10), math.Expm1(1e-10))
	p(math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(-1, -1))
	p(math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Pow(1.5, 2.5), math.Gamma(5), math.Erf(0.5))
	fmt.Println(math.Log(-1), math.Log(0), math.Sqrt(-4), math.Exp(1000), math.Exp(-1000))
}
