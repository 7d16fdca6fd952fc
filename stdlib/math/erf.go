// erf.go -- Erf and Erfc (FreeBSD s_erf.c, the algorithm Go uses), in Go.
// Five ranges of |x|: a rational approximation around 0, one around 1
// (erf(1) is nearly erx), two asymptotic forms exp(-x²)·R(1/x²)/S(1/x²) in
// which x² is split so exp's argument stays exact, and saturation.
package math

// horner evaluates c[0] + z*(c[1] + z*(c[2] + ...)), innermost first.
func horner(z float64, c []float64) float64 {
	t := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		t = c[i] + z*t
	}
	return t
}

const erx = 8.45062911510467529297e-01 // erf(1) to about 28 bits

var (
	// |x| < 0.84375: erf(x) = x + x*pp(x²)/qq(x²)
	erfPP = []float64{1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfQQ = []float64{1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
	// 0.84375 <= |x| < 1.25: erf(x) = erx + pa(x-1)/qa(x-1)
	erfPA = []float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfQA = []float64{1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02}
	// 1.25 <= |x| < 1/0.35
	erfRA = []float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfSA = []float64{1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
	// |x| >= 1/0.35
	erfRB = []float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfSB = []float64{1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// erfTail returns exp(-x²-0.5625) * exp(R/S) / x for x >= 1.25, the
// common part of erfc's asymptotic ranges (x² split into a 20-bit-precise
// z² plus the exact remainder (z-x)(z+x)).
func erfTail(x float64) float64 {
	s := 1 / (x * x)
	var r, q float64
	if x < 1/0.35 {
		r, q = horner(s, erfRA), horner(s, erfSA)
	} else {
		r, q = horner(s, erfRB), horner(s, erfSB)
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q) / x
}

// Erf returns the error function of x. Erf(±Inf) = ±1, Erf(NaN) = NaN.
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)
		efx      = 1.28379167095512586316e-01 // 2/√π - 1
		efx8     = 1.02703333676410069053e+00 // 8*efx
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < 0.84375:
		switch {
		case x < veryTiny:
			r = 0.125 * (8.0*x + efx8*x) // scaled to avoid underflow
		case x < small:
			r = x + efx*x
		default:
			z := x * x
			r = x + x*(horner(z, erfPP)/horner(z, erfQQ))
		}
		if neg {
			return -r
		}
		return r
	case x < 1.25:
		s := x - 1
		pq := horner(s, erfPA) / horner(s, erfQA)
		if neg {
			return -erx - pq
		}
		return erx + pq
	case x >= 6:
		if neg {
			return -1
		}
		return 1
	}
	t := erfTail(x)
	if neg {
		return t - 1
	}
	return 1 - t
}

// Erfc returns the complementary error function of x. Erfc(+Inf) = 0,
// Erfc(-Inf) = 2, Erfc(NaN) = NaN.
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	switch {
	case x < 0.84375:
		var r float64
		if x < tiny {
			r = x
		} else {
			z := x * x
			y := horner(z, erfPP) / horner(z, erfQQ)
			if x < 0.25 {
				r = x + x*y
			} else {
				r = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + r
		}
		return 1 - r
	case x < 1.25:
		s := x - 1
		pq := horner(s, erfPA) / horner(s, erfQA)
		if neg {
			return 1 + erx + pq
		}
		return 1 - erx - pq
	case x < 28:
		if neg && x > 6 && x >= 1/0.35 {
			return 2
		}
		t := erfTail(x)
		if neg {
			return 2 - t
		}
		return t
	}
	if neg {
		return 2
	}
	return 0
}
