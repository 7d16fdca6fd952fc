// pow.go -- Pow, computed as Go computes it (so results match Go's bit for
// bit given the same Exp and Log): special cases first, then the integer
// part of y by repeated squaring of Frexp's mantissa with the binary
// exponent tracked separately (no premature overflow), and the fractional
// part, folded into [-0.5, 0.5], as Exp(yf*Log(x)).
package math

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false // every float this large is an even integer
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y, the base-x exponential of y.
//
// Special cases are (in order):
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		odd := Signbit(x) && isOddInt(y)
		if y < 0 {
			if odd {
				return Inf(-1)
			}
			return Inf(1)
		}
		if odd {
			return x
		}
		return 0
	case IsInf(y, 0):
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == IsInf(y, 1) {
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // Pow(-0, -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// A huge even integer exponent: overflow or underflow unless x is -1.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}

	// The result is mant * 2**exp.
	mant := 1.0
	exp := 0

	// Fractional part of y, moved into [-0.5, 0.5].
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		mant = Exp(yf * Log(x))
	}

	// Integer part of y: square-and-multiply on x's mantissa in [0.5, 1),
	// keeping the power of two apart.
	xm, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent alone overflows: let Ldexp produce 0 or Inf.
			exp += xe
			break
		}
		if i&1 == 1 {
			mant *= xm
			exp += xe
		}
		xm *= xm
		xe <<= 1
		if xm < .5 {
			xm += xm
			xe--
		}
	}

	// A negative y inverts the result, mantissa and exponent separately.
	if y < 0 {
		mant = 1 / mant
		exp = -exp
	}
	return Ldexp(mant, exp)
}
