// Comparing and sorting floats, NaN included (sort.Float64s puts NaNs first).
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	v := []float64{3.5, -1, math.Inf(1), math.NaN(), 0, math.Copysign(0, -1), -math.Inf(1), 2, math.NaN(), 1e-300}
	sort.Float64s(v)
	fmt.Println(v)
	fmt.Println(sort.Float64sAreSorted(v))
	w := []float64{0.3, 0.1, 0.2}
	sort.Float64s(w)
	fmt.Println(w, sort.SearchFloat64s(w, 0.2), sort.SearchFloat64s(w, 0.25))
	a, b := 0.1+0.2, 0.3
	fmt.Println(a == b, a > b, math.Abs(a-b) < 1e-9)
	max := math.Inf(-1)
	for _, x := range []float64{1, 5, -3, 4} {
		if x > max {
			max = x
		}
	}
	fmt.Println(max)
}
