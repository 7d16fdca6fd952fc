// Interfaces: implicit satisfaction, dynamic dispatch through slices of
// interface values, and %T of the dynamic type.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%-13T area=%.3f perim=%.3f\n", s, s.Area(), s.Perimeter())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%T ", s)
	}
	fmt.Println()
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	fmt.Println(s, s != nil)
}
