// Arbitrary-precision unsigned integers on []uint32 limbs (base 2^32):
// addition, multiplication, division by a small number, decimal printing;
// computes 100!, 2^200 and Fibonacci(300).
package main

import (
	"fmt"
	"strings"
)

type Nat []uint32 // little-endian limbs

func (x Nat) norm() Nat {
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	return x
}

func add(x, y Nat) Nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(Nat, len(x)+1)
	var carry uint64
	for i := range x {
		s := uint64(x[i]) + carry
		if i < len(y) {
			s += uint64(y[i])
		}
		z[i] = uint32(s)
		carry = s >> 32
	}
	z[len(x)] = uint32(carry)
	return z.norm()
}

func mul(x, y Nat) Nat {
	z := make(Nat, len(x)+len(y))
	for i, xi := range x {
		var carry uint64
		for j, yj := range y {
			t := uint64(xi)*uint64(yj) + uint64(z[i+j]) + carry
			z[i+j] = uint32(t)
			carry = t >> 32
		}
		z[i+len(y)] = uint32(carry)
	}
	return z.norm()
}

func divSmall(x Nat, d uint32) (Nat, uint32) {
	q := make(Nat, len(x))
	var r uint64
	for i := len(x) - 1; i >= 0; i-- {
		cur := r<<32 | uint64(x[i])
		q[i] = uint32(cur / uint64(d))
		r = cur % uint64(d)
	}
	return q.norm(), uint32(r)
}

func (x Nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	var chunks []string
	for len(x) > 0 {
		var r uint32
		x, r = divSmall(x, 1000000000)
		chunks = append(chunks, fmt.Sprintf("%09d", r))
	}
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	return strings.TrimLeft(strings.Join(chunks, ""), "0")
}

func main() {
	f := Nat{1}
	for i := uint32(2); i <= 100; i++ {
		f = mul(f, Nat{i})
	}
	s := f.String()
	fmt.Println("100! =", s)
	fmt.Println("digits:", len(s), "trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	p := Nat{1}
	for i := 0; i < 200; i++ {
		p = add(p, p)
	}
	fmt.Println("2^200 =", p)
	a, b := Nat{}, Nat{1}
	for i := 0; i < 300; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println("fib(300) =", a)
	q, r := divSmall(f, 7)
	fmt.Println(r, len(q.String()))
	fmt.Println(Nat{0xFFFFFFFF, 0xFFFFFFFF}, mul(Nat{0xFFFFFFFF, 0xFFFFFFFF}, Nat{0xFFFFFFFF, 0xFFFFFFFF}))
}
