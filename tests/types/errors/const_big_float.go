package main

import "fmt"

// Untyped float constants are exact fractions, or 512-bit floats with a
// 32-bit exponent; the messages print them as go/constant does.

const huge = 1e500
const tiny = 1e-500

func main() {
	var a float64 = huge
	var b float32 = 3.4028235e38 * 1.0000001
	var c int = huge / 1e400
	var d int = 1 / 3.0
	fmt.Println(float64(huge * huge), float32(-1e39))
	var e = 1e1000000 * 1e-1000000 * huge * -10
	var f float64 = tiny * tiny // underflows to 0: fine
	const g = 1e600000000 * 1e600000000 * 1e600000000 * 1e600000000
	var h uint = -tiny * 1e600
	_, _, _, _, _, _, _ = a, b, c, d, e, f, h
	_ = 1e646456992 + 0.0 - 1e646456992 + 1 // no 2-billion-bit alignment
}
