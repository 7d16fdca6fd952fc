// natives.go -- the math functions implemented in C by the runtime: bit
// reinterpretation (no unsafe in the subset), the exact IEEE operations
// (Sqrt, Floor, Ceil, Trunc, FMA: one instruction each, exactly rounded,
// so identical everywhere). Special cases as IEEE 754.
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

// FMA returns x * y + z, computed with only one rounding (C fma).
func FMA(x, y, z float64) float64
