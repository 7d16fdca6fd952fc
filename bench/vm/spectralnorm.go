// spectralnorm.go -- the spectral-norm benchmark of the Computer Language
// Benchmarks Game: the largest singular value of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2+i+1) truncated to n x n, by 10 rounds of the
// power method on A'A. Nested loops over float64 slices, integer arithmetic
// and int -> float64 conversion in a small function called n*n*40 times.
// The same program as spectralnorm.lua.
package main

import (
	"fmt"
	"math"
)

const n = 1500

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// times sets v = A u.
func times(v, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

// timesTransp sets v = A' u.
func timesTransp(v, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

// aTimesTransp sets v = A' A u.
func aTimesTransp(v, u []float64) {
	x := make([]float64, len(u))
	times(x, u)
	timesTransp(v, x)
}

func main() {
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u)
		aTimesTransp(u, v)
	}
	vBv, vv := 0.0, 0.0
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
