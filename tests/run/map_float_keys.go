// Float keys: +0 and -0 are the same key, and an assignment also stores its
// key (Go's needkeyupdate), so the sign of the stored zero is the last one
// written; NaN is never equal to itself, so every NaN insert adds a new
// entry that no lookup or delete can reach. (fmt would print several NaN
// keys in iteration order, so only one-NaN maps are printed.)
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]string{}
	negz := math.Copysign(0, -1)
	m[negz] = "negative zero first"
	m[0] = "then positive zero"
	fmt.Println(len(m), m[0], m[negz])
	for k := range m {
		fmt.Println("stored key sign bit:", math.Signbit(k))
	}
	nan := math.NaN()
	m[nan] = "nan1"
	m[nan] = "nan2"
	m[math.NaN()] = "nan3"
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Printf("%q %v\n", v, ok)
	delete(m, nan)
	fmt.Println(len(m))
	var vals []string
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		vals = append(vals, v)
	}
	sort.Strings(vals)
	fmt.Println(nans, vals)
	p := map[float64]string{nan: "nan", 0: "zero"}
	p[math.Inf(1)] = "inf"
	p[math.Inf(-1)] = "-inf"
	p[1.5] = "1.5"
	fmt.Println(p)
	m2 := map[float64]int{0: 1}
	m2[negz]++
	for k, v := range m2 {
		fmt.Println("after +0 then -0:", math.Signbit(k), v)
	}
	f32 := map[float32]int{0.1: 1, 0.2: 2}
	fmt.Println(f32[0.1], f32[float32(0.1)], f32)
	sum := map[float64]int{}
	sum[0.1+0.2]++
	sum[0.3]++
	fmt.Println(len(sum))
}
