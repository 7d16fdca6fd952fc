// Conversions between named types with the same underlying type, and
// between struct types with identical fields.
package main

import "fmt"

type Meters float64
type Feet float64
type IntList []int
type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Str string

func (m Meters) String() string { return fmt.Sprintf("%.2fm", float64(m)) }

func main() {
	m := Meters(100)
	f := Feet(m * 3.28084)
	fmt.Println(m, f, float64(f))
	l := IntList([]int{3, 1, 2})
	raw := []int(l)
	raw[0] = 99
	fmt.Println(l, raw, len(l))
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v)
	s := Str("abc")
	bs := []byte(s)
	fmt.Println(string(s+"d"), bs, Str(bs[1:]))
	type Local int
	var x Local = 5
	fmt.Printf("%T %v %T\n", x, int(x)+1, Meters(2))
}
