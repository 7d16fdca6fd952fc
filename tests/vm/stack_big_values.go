// Big values by value: structs and arrays larger than a cache line passed
// as arguments, returned as results (several at once), through func values
// and interface methods, with the stack growing underneath.
package main

import "fmt"

type Big struct {
	A [20]int
	S string
	B byte
}

type Summer interface{ Sum(Big) (Big, int) }

type impl struct{ k int }

func (m impl) Sum(b Big) (Big, int) {
	t := 0
	for i := range b.A {
		b.A[i] += m.k
		t += b.A[i]
	}
	b.S += "!"
	return b, t
}

func make1(n int) Big {
	var b Big
	for i := range b.A {
		b.A[i] = n + i
	}
	b.S = fmt.Sprint("b", n)
	b.B = byte(n)
	return b
}

func swap(a, b Big) (Big, Big) { return b, a }

func deep(n int, b Big) Big {
	if n == 0 {
		return b
	}
	b.A[n%20]++
	return deep(n-1, b)
}

func main() {
	x, y := make1(1), make1(100)
	x, y = swap(x, y)
	fmt.Println(x.A[0], x.S, x.B, y.A[19], y.S, y.B)
	var s Summer = impl{2}
	z, t := s.Sum(x)
	fmt.Println(z.A[:3], z.S, t, x.A[:3])
	f := swap
	p, q := f(z, y)
	fmt.Println(p.S, q.S)
	d := deep(10000, make1(0))
	fmt.Println(d.A, d.S)
}
