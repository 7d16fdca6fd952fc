// Two-dimensional arrays as values: transpose, multiply, identity check.
package main

import "fmt"

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Mat) Mat {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(a, id) == a, mul(id, a) == a)
	t := transpose(a)
	fmt.Println(a)
	fmt.Println(t)
	fmt.Println(mul(a, t))
	p := a
	for i := 0; i < 3; i++ {
		p = mul(p, a)
	}
	fmt.Println(p)
	fmt.Println(len(a), len(a[0]), a[2][1])
}
