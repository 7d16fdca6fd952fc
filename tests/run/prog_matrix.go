// Dense matrix code on [][]float64: multiplication, transpose, identity,
// power by squaring, Gaussian elimination for a determinant and solving a
// linear system.
package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for k := range b {
			aik := a[i][k]
			for j := range b[0] {
				out[i][j] += aik * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Matrix) Pow(n int) Matrix {
	result := Identity(len(a))
	base := a
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result
}

func (a Matrix) Clone() Matrix {
	out := New(len(a), len(a[0]))
	for i := range a {
		copy(out[i], a[i])
	}
	return out
}

// Solve returns x with a·x = b, and the determinant of a, by Gaussian
// elimination with partial pivoting.
func (a Matrix) Solve(b []float64) ([]float64, float64) {
	n := len(a)
	m := a.Clone()
	x := append([]float64(nil), b...)
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[pivot][col]) {
				pivot = r
			}
		}
		if m[pivot][col] == 0 {
			return nil, 0
		}
		if pivot != col {
			m[pivot], m[col] = m[col], m[pivot]
			x[pivot], x[col] = x[col], x[pivot]
			det = -det
		}
		det *= m[col][col]
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c < n; c++ {
				m[r][c] -= f * m[col][c]
			}
			x[r] -= f * x[col]
		}
	}
	for r := n - 1; r >= 0; r-- {
		for c := r + 1; c < n; c++ {
			x[r] -= m[r][c] * x[c]
		}
		x[r] /= m[r][r]
	}
	return x, det
}

func (a Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%9.3f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Mul(b).Print("a*b")
	a.T().Print("a^T")
	fib := Matrix{{1, 1}, {1, 0}}
	f := fib.Pow(50)
	fmt.Printf("fib(50) = %.0f\n", f[0][1])
	m := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	x, det := m.Solve([]float64{8, -11, -3})
	fmt.Printf("x = %.6f, det = %.6f\n", x, det)
	_, d2 := Matrix{{1, 2}, {2, 4}}.Solve([]float64{1, 2})
	fmt.Println("singular det:", d2)
	n := 60
	big := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			big[i][j] = float64((i*j)%7) - 3
		}
	}
	sq := big.Mul(big.T())
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += sq[i][i]
	}
	fmt.Println("trace:", trace)
}
