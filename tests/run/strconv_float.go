// strconv float conversions: ParseFloat (with errors, special values,
// bit size 32), FormatFloat with every format and precision.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0", "1e10", "1E-5", ".5", "5.", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "-1e400", "1e-400", "abc", "", "1_000.5", "+12.5e+2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32) == float32(0.1))
	f32, err = strconv.ParseFloat("1e39", 32)
	fmt.Println(f32, err)
	vals := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1.5e-7, 123456789.123, math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'E', 3, 64), strconv.FormatFloat(v, 'G', 4, 64), strconv.FormatFloat(v, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(2.5, 'f', 0, 64),
		strconv.FormatFloat(1.0/3, 'x', -1, 64), strconv.FormatFloat(1.0/3, 'X', 3, 64))
	fmt.Println(strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(123456, 'g', 3, 64), strconv.FormatFloat(1e-5, 'g', -1, 64))
	b := strconv.AppendFloat([]byte("x="), 2.75, 'g', -1, 64)
	fmt.Println(string(b))
}
