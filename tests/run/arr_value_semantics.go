// Arrays are values: assignment, parameter passing, struct fields and
// nested arrays all copy the elements.
package main

import "fmt"

type grid struct {
	cells [2][3]int
	name  string
}

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	g := grid{name: "g"}
	g.cells[1][2] = 5
	h := g
	h.cells[0][0] = 7
	h.name = "h"
	fmt.Println(g, h)
	rows := g.cells
	rows[1][2] = 0
	fmt.Println(g.cells, rows)
	arrs := [][2]string{{"a", "b"}}
	x := arrs[0]
	x[0] = "z"
	fmt.Println(arrs, x)
	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 9
	fmt.Println(m, v)
	var big [1000]int
	big2 := big
	big2[999] = 1
	fmt.Println(big[999], big2[999], len(big2))
	f := func() [2]bool { return [2]bool{true, false} }
	fmt.Println(f()[0], len(f()))
}
