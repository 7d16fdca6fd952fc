// trig.go -- Sin, Cos, Tan and Sincos in Go, with the Cephes algorithm Go
// uses (so results are Go's, bit for bit): reduce |x| to z in [-π/4, π/4]
// and an octant j, then evaluate a sine or cosine polynomial of degree 13
// or 14 (tangent: a rational function). Arguments below 2**29 are reduced
// with π/4 split in three parts (Cody-Waite); larger ones with the
// Payne-Hanek method and 1216 bits of 4/π.
package math

// Polynomial coefficients (Cephes sin.c / tan.c).
var sinCoef = [6]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [6]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

var tanNum = [3]float64{
	-1.30936939181383777646e4,
	1.15351664838587416140e6,
	-1.79565251976484877988e7,
}

var tanDen = [4]float64{
	1.36812963470692954678e4,
	-1.32089234440210967447e6,
	2.50083801823357915839e7,
	-5.38695755929454629881e7,
}

// π/4 = pio4a + pio4b + pio4c, the first two exact in few bits.
const (
	pio4a = 7.85398125648498535156e-1
	pio4b = 3.77489470793079817668e-8
	pio4c = 2.69515142907905952645e-15
)

// reduceThreshold: from here on x*(4/π) loses the octant's precision and
// the Payne-Hanek reduction is used.
const reduceThreshold = 1 << 29

// reduce returns the octant j (0..7) and the reduced argument z of x >= 0.
// Odd octants are moved to the next even one, so z is in [-π/4, π/4].
func reduce(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return payneHanek(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*pio4a) - y*pio4b) - y*pio4c
	return j, z
}

func sinPoly(z, zz float64) float64 {
	c := sinCoef
	return z + z*zz*(((((c[0]*zz+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

func cosPoly(zz float64) float64 {
	c := cosCoef
	return 1.0 - 0.5*zz + zz*zz*(((((c[0]*zz+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

// Sin returns the sine of the radian argument x. Sin(±0) = ±0, Sin(±Inf)
// = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := reduce(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x. Cos(±Inf) = NaN,
// Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	neg := false
	j, z := reduce(Abs(x))
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case IsNaN(x) || IsInf(x, 0):
		return NaN(), NaN()
	}
	return Sin(x), Cos(x)
}

// Tan returns the tangent of the radian argument x. Tan(±0) = ±0,
// Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var j uint64
	var z float64
	if x >= reduceThreshold {
		j, z = payneHanek(x)
	} else {
		// As reduce, without folding the octant to 0..7 (Tan needs only
		// bit 1 of j).
		j = uint64(x * (4 / Pi))
		y := float64(j)
		if j&1 == 1 {
			j++
			y++
		}
		z = ((x - y*pio4a) - y*pio4b) - y*pio4c
	}
	zz := z * z
	y := z
	if zz > 1e-14 {
		p, q := tanNum, tanDen
		y = z + z*(zz*((p[0]*zz+p[1])*zz+p[2])/((((zz+q[0])*zz+q[1])*zz+q[2])*zz+q[3]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}
