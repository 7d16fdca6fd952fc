// explog.go -- Exp and Log as Go computes them on amd64 (its assembly
// versions, expressed here operation by operation so every rounding is the
// same), which makes everything built on them (Pow, Sinh, Cosh, Tanh,
// Asinh, Acosh, Log2, Log10) bit-identical to Go as well.
//
// Exp: x = k*ln2 + r with k = round(x*log2(e)) and ln2 split in two parts;
// e**(r/16) - 1 by a degree-8 Taylor polynomial; squared back four times
// through (y+1)**2 - 1 = y*(y+2); then scaled by 2**k. Go takes a fused
// multiply-add path on CPUs with AVX and FMA3, and so does this code when
// the native useFMA says Go would.
//
// Log: x = 2**k * f1 with f1 in (√2/2, √2], f = f1-1, s = f/(2+f), and
// log(1+f) = f - s*(f - R) from FreeBSD's polynomial R in s².
package math

// useFMA reports whether Go's amd64 math would use fused multiply-add on
// this CPU (it has AVX and FMA3), which selects Exp's evaluation path.
func useFMA() bool

var haveFMA = useFMA()

const (
	expLn2U     = 0.69314718055966295651160180568695068359375           // ln2, high part
	expLn2L     = 0.28235290563031577122588448175013436025525412068e-12 // ln2, low part
	expLog2E    = 1.4426950408889634073599246810018920
	expOverflow = 7.09782712893384e+02
)

// Taylor coefficients of e**y - 1 - y (1/2!, 1/3!, ..., 1/8!).
const (
	expT2 = 0.5
	expT3 = 1.6666666666666666667e-1
	expT4 = 4.1666666666666666667e-2
	expT5 = 8.3333333333333333333e-3
	expT6 = 1.3888888888888888889e-3
	expT7 = 1.9841269841269841270e-4
	expT8 = 2.4801587301587301587e-5
)

// cvtRound converts like the CVTSD2SL instruction: round to nearest even,
// and the "integer indefinite" value for NaN or out-of-range inputs.
func cvtRound(v float64) int32 {
	r := RoundToEven(v)
	if r != r || r >= 1<<31 || r < -1<<31 {
		return -1 << 31
	}
	return int32(r)
}

// Exp returns e**x, the base-e exponential of x. Exp(+Inf) = +Inf,
// Exp(NaN) = NaN; very large values overflow to 0 or +Inf.
func Exp(x float64) float64 {
	b := Float64bits(x)
	if b&^signMask >= uvinf {
		if b == uvneginf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > expOverflow {
		return Inf(1)
	}
	k := cvtRound(expLog2E * x)
	kf := float64(k)
	var y float64
	if haveFMA {
		y = FMA(-kf, expLn2U, x)
		y = FMA(-kf, expLn2L, y)
		y *= 0.0625
		p := FMA(expT8, y, expT7)
		p = FMA(p, y, expT6)
		p = FMA(p, y, expT5)
		p = FMA(p, y, expT4)
		p = FMA(p, y, expT3)
		p = FMA(p, y, expT2)
		p = FMA(p, y, 1.0)
		y = y * p
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = FMA(y, y+2.0, 1.0)
	} else {
		y = x - kf*expLn2U
		y = y - kf*expLn2L
		y *= 0.0625
		p := expT8 * y
		p = (p + expT7) * y
		p = (p + expT6) * y
		p = (p + expT5) * y
		p = (p + expT4) * y
		p = (p + expT3) * y
		p = (p + expT2) * y
		p = p + 1.0
		y = y * p
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y + 1.0
	}
	// Multiply by 2**k through the exponent bits.
	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(e+0x3FE) << 52)
		return y * Float64frombits(1<<52)
	}
	if e >= 0x7FF {
		return Inf(1)
	}
	return y * Float64frombits(uint64(e)<<52)
}

// Log returns the natural logarithm of x. Log(+Inf) = +Inf, Log(0) =
// -Inf, Log(x < 0) = NaN, Log(NaN) = NaN.
func Log(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01 // √2/2
		ln2Hi  = 6.93147180369123816490e-01
		ln2Lo  = 1.90821492927058770002e-10
		l1     = 6.666666666666735130e-01
		l2     = 3.999999999940941908e-01
		l3     = 2.857142874366239149e-01
		l4     = 2.222219843214978396e-01
		l5     = 1.818357216161805012e-01
		l6     = 1.531383769920937332e-01
		l7     = 1.479819860511658591e-01
	)
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case int64(b) < 0:
		return NaN()
	case b >= uvinf:
		return x // +Inf or NaN
	}
	// Mantissa into [0.5, 1) and the exponent, straight from the bits
	// (as the assembly does; subnormals are not normalised first).
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int32(b>>shift&mask) - 0x3FE)
	if !(hSqrt2 < f1) {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (((l7*s4+l5)*s4+l3)*s4 + l1)
	t2 := s4 * ((l6*s4+l4)*s4 + l2)
	r := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+r) + k*ln2Lo)) - f)
}
