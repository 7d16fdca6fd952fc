// Arrays of comparable elements compare element by element with == and !=;
// a NaN element makes an array unequal to itself.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	S string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y" + ""}
	fmt.Println(s1 == s2)
	p1 := [2]P{{1, "a"}, {2, "b"}}
	p2 := p1
	fmt.Println(p1 == p2)
	p2[1].S = "c"
	fmt.Println(p1 == p2)
	n := [2]float64{1, math.NaN()}
	m := n
	fmt.Println(n == m, n != m)
	z1 := [1]float64{0}
	z2 := [1]float64{math.Copysign(0, -1)}
	fmt.Println(z1 == z2)
	var i1, i2 [2]interface{}
	i1[0], i2[0] = 1, 1
	i1[1], i2[1] = "s", "s"
	fmt.Println(i1 == i2)
	i2[1] = 1.0
	fmt.Println(i1 == i2)
	type E [0]int
	fmt.Println(E{} == E{})
	nested1 := [2][2]int{{1, 2}, {3, 4}}
	nested2 := [2][2]int{{1, 2}, {3, 5}}
	fmt.Println(nested1 == nested2, nested1[0] == nested2[0])
}
