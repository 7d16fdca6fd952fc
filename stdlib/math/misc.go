// misc.go -- Cbrt, Hypot, Mod, Remainder, Exp2: Go's algorithms in Go.
package math

// Cbrt returns the cube root of x: a bit-level first guess good to 5 bits,
// one rational step to 23 bits, rounding to 22 bits, one Newton step.
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163 // (682-0.03306235651)*2**20
		b2             = 696219795 // (664-0.03306235651)*2**20
		c              = 5.42857142857142815906e-01
		d              = -7.05306122448979611050e-01
		e              = 1.41428571428571436819e+00
		f              = 1.60714285714285720630e+00
		g              = 3.57142857142857150787e-01
		smallestNormal = 2.22507385850720138309e-308
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	// First guess: divide the exponent (with the mantissa bits) by 3.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		// Subnormal: scale by 2**54 first.
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Round t away from zero to 22 bits, so t*t below is exact.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// Hypot returns Sqrt(p*p + q*q) without overflow or underflow in the
// intermediate steps.
func Hypot(p, q float64) float64 {
	switch {
	case IsInf(p, 0) || IsInf(q, 0):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	p, q = Abs(p), Abs(q)
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}

// Mod returns the floating-point remainder of x/y, with the sign of x;
// exact (subtracting y scaled by powers of two).
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := x
	if x < 0 {
		r = -x
	}
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp--
		}
		r = r - Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder returns the IEEE 754 floating-point remainder of x/y (the
// quotient rounded to nearest even).
func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 2**-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // now x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if x > yHalf {
			x -= y
			if x >= yHalf {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// 2**x = 2**k * e**(t*ln2), k the nearest integer.
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expReduced(t*ln2Hi, -t*ln2Lo, k)
}

// expReduced returns e**(hi-lo) * 2**k for |hi-lo| <= ln2/2 (FreeBSD's
// e_exp.c kernel, as Go's expmulti).
func expReduced(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}
