// Selector resolution by depth: the shallowest field wins; equal-depth
// duplicates are only an error when used, so they can coexist.
package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Z int }

func (A) Who() string { return "A" }
func (B) Who() string { return "B" }

type C struct {
	A
	B
	Y string // depth 0 hides A.Y
}

type D struct {
	C
	Z float64 // hides B.Z (depth 2 under D)
}

func main() {
	c := C{A{1, 2}, B{3, 4}, "y"}
	// c.X and c.Who() would be ambiguous: both at depth 1.
	fmt.Println(c.A.X, c.B.X, c.Y, c.A.Y, c.Z, c.A.Who(), c.B.Who())
	d := D{c, 1.5}
	fmt.Println(d.Y, d.Z, d.B.Z, d.C.B.Z, d.A.Y)
	fmt.Printf("%+v\n", d)
}
