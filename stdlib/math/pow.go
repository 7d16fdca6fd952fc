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

// Pow returns x**y, the base-x exponential of y, with the special cases
// Go documents (zeros, infinities, NaN, negative bases).
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
