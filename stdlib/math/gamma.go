// gamma.go -- Gamma (Cephes gamma.c, the algorithm Go uses), in Go: for
// |x| > 33 Stirling's formula (with the reflection formula for negative
// x); otherwise the recurrence Γ(x+1) = xΓ(x) moves x into [2, 3), where a
// rational approximation applies, with a series near the poles.
package math

var (
	gammaP = []float64{9.99999999999999996796e-01, 4.94214826801497100753e-01, 2.07448227648435975150e-01, 4.76367800457137231464e-02, 1.04213797561761569935e-02, 1.19135147006586384913e-03, 1.60119522476751861407e-04}
	gammaQ = []float64{1.00000000000000000320e+00, 7.14304917030273074085e-02, -2.34591795718243348568e-01, 3.58236398605498653373e-02, 1.18139785222060435552e-02, -4.45641913851797240494e-03, 5.39605580493303397842e-04, -2.31581873324120129819e-05}
	gammaS = []float64{8.33333333333482257126e-02, 3.47222221605458667310e-03, -2.68132617805781232825e-03, -2.29549961613378126380e-04, 7.87311395793093628397e-04}
)

// stirling returns Γ(x) for x > 33 as a product of two factors (so that
// callers can avoid overflowing an intermediate).
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const (
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608
	)
	w := 1 / x
	w = 1 + w*horner(w, gammaS)
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling { // x**(x-0.5) alone would overflow
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrtTwoPi * w * y2
}

func isNegInt(x float64) bool {
	if x < 0 {
		_, xf := Modf(x)
		return xf == 0
	}
	return false
}

// Gamma returns the Gamma function of x. Gamma(+Inf) = +Inf, Gamma(±0) =
// ±Inf, Gamma(x) = NaN for integer x < 0, Gamma(-Inf) = Gamma(NaN) = NaN.
func Gamma(x float64) float64 {
	switch {
	case isNegInt(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		// Reflection: Γ(x) = π / (sin(πx) Γ(1-x)), with the sign of
		// sin(πx) following the parity of floor(|x|).
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		sq1, sq2 := stirling(q)
		absz := Abs(z)
		d := absz * sq1 * sq2
		if IsInf(d, 0) {
			z = Pi / absz / sq1 / sq2
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}

	// Move x into [2, 3), accumulating the factor in z.
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearPole(z, x)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearPole(z, x)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	return z * horner(x, gammaP) / horner(x, gammaQ)
}

// gammaNearPole is Γ for x within 1e-9 of zero (scaled by z): 1/(x(1+γx)).
func gammaNearPole(z, x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}
