// eval_order: gc's order within a statement -- calls, receives and && / ||
// run first, variable, field, index and map reads after them; values boxed
// through their address are copied at their place.
package main

import "fmt"

var g int

func setg() int { g = 10; return 1 }

type S struct{ a, b int }

func main() {
	g = 1
	fmt.Println(g+setg(), g)
	g = 1
	fmt.Println(g, setg())

	x := 1
	h := func() int { x = 10; return 1 }
	fmt.Println(x+h(), x)
	x = 1
	arr := []int{x, h()}
	fmt.Println(arr)
	x = 1
	y, z := x, h()
	fmt.Println(y, z)

	a := []int{0, 0, 0}
	i := 0
	f := func() int { i = 2; return 7 }
	a[i] = f()
	fmt.Println(a)

	m := map[int]int{1: 1}
	q := func() int { m[1] = 7; return 0 }
	fmt.Println(m[1] + q())

	s := S{1, 2}
	mod := func() int { s.a = 100; return 0 }
	fmt.Println(s, mod()) // s is boxed (by address) before mod runs
	s = S{1, 2}
	fmt.Println(s.a, mod())

	b := true
	nb := func() bool { b = false; return true }
	fmt.Println(b && nb(), b)

	n := 1
	inc := func() int { n++; return n }
	bs := []byte("abc")
	fmt.Println(n, len(bs), inc(), string(bs), copy(bs, "XY"), bs[0])
	p1, p2 := S{1, 1}, S{1, 1}
	chg := func() int { p1.a = 5; return 0 }
	fmt.Println(p1 == p2, chg(), p1 == p2)
}
