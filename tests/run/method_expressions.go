// Method expressions turn methods into functions taking the receiver as the
// first argument: T.M, (*T).M, and I.M for interfaces.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Shower interface{ String() string }

func main() {
	add := Point.Add
	scale := (*Point).Scale
	addViaPtr := (*Point).Add
	p := Point{1, 2}
	q := add(p, Point{10, 20})
	scale(&q, 3)
	fmt.Println(q, addViaPtr(&p, p))
	fmt.Printf("%T\n%T\n%T\n", add, scale, addViaPtr)
	str := Shower.String
	fmt.Println(str(p), str(&q))
	upper := strings.ToUpper
	fmt.Println(upper(Point.String(p)))
	ops := map[string]func(Point, Point) Point{"add": Point.Add}
	fmt.Println(ops["add"](p, p))
	var fns []func(*Point, int)
	fns = append(fns, (*Point).Scale, (*Point).Scale)
	r := Point{1, 1}
	for i, f := range fns {
		f(&r, i+2)
	}
	fmt.Println(r)
}
