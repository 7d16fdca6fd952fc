// natives.go -- math functions implemented in C by the runtime. Each is the
// IEEE-754 operation or C99 libm function of the same name applied to
// float64 (special cases as C99 Annex F, which agrees with Go's documented
// special cases).
package math

// Float64bits returns the IEEE 754 binary representation of f, with the
// sign bit of f and the result in the same bit position.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float32frombits(b uint32) float32

// Sqrt returns the square root of x (C sqrt; correctly rounded).
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x (C floor).
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x (C ceil).
func Ceil(x float64) float64

// Trunc returns the integer value of x (C trunc).
func Trunc(x float64) float64

// Mod returns the floating-point remainder of x/y, with the sign of x (C
// fmod; exact).
func Mod(x, y float64) float64

// FMA returns x * y + z, computed with only one rounding (C fma).
func FMA(x, y, z float64) float64

// Exp returns e**x (C exp).
func Exp(x float64) float64

// Expm1 returns e**x - 1 (C expm1).
func Expm1(x float64) float64

// Exp2 returns 2**x (C exp2).
func Exp2(x float64) float64

// Log returns the natural logarithm of x (C log).
func Log(x float64) float64

// Log1p returns the natural logarithm of 1 plus x (C log1p).
func Log1p(x float64) float64

// Cbrt returns the cube root of x (C cbrt).
func Cbrt(x float64) float64

// Sin returns the sine of the radian argument x (C sin).
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x (C cos).
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x (C tan).
func Tan(x float64) float64

// Asin returns the arcsine, in radians, of x (C asin).
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x (C acos).
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x (C atan).
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value (C atan2).
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x (C sinh).
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x (C cosh).
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x (C tanh).
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x (C asinh).
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x (C acosh).
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x (C atanh).
func Atanh(x float64) float64

// Hypot returns the length of the vector (p, q) without intermediate
// overflow or underflow (C hypot).
func Hypot(p, q float64) float64

// Remainder returns the IEEE 754 floating-point remainder of x/y (C
// remainder).
func Remainder(x, y float64) float64

// Erf returns the error function of x (C erf).
func Erf(x float64) float64

// Erfc returns the complementary error function of x (C erfc).
func Erfc(x float64) float64

// Gamma returns the Gamma function of x (C tgamma).
func Gamma(x float64) float64
