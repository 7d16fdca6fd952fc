// methods: value and pointer receivers, embedding and promotion, method
// values and expressions, interface calls and the method-set table.
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Scale(k int) { r.W *= k; r.H *= k }

type Square struct {
	Rect
	label string
}

func describe(s Shape) int { return s.Area() }

func main() {
	sq := Square{Rect{2, 2}, "sq"}
	sq.Scale(3)
	area := sq.Area
	scale := (*Rect).Scale
	scale(&sq.Rect, 2)
	var s Shape = sq
	println(describe(s), area(), s.Name(), sq.W)
}
