// fmt and the Stringer/error interfaces: Error() wins over String(); a
// pointer-receiver String is not used for values; only %v %s %q %x %X call
// the methods (%d prints the underlying value); a panicking String method is
// reported inline, and one that panics on a nil receiver prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Both struct{}

func (Both) String() string { return "as string" }
func (Both) Error() string  { return "as error" }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr(%d)", p.n) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilSafe struct{}

func (*NilSafe) String() string { return "nil-safe" }

type Wrapper struct {
	C Color
	P *PtrStr
}

func main() {
	c := Color(1)
	fmt.Println(c, Color(2))
	fmt.Printf("%v %s %d %q %x %5v|\n", c, c, c, c, c, c)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, p)
	fmt.Println(Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	var ns *NilSafe
	fmt.Println(ns)
	var ps *PtrStr
	fmt.Println(ps)
	fmt.Printf("%v %+v\n", Wrapper{2, &p}, Wrapper{0, nil})
	fmt.Println([]Color{0, 1, 2}, map[Color]int{2: 1, 0: 5})
	err := errors.New("plain")
	fmt.Printf("%v %s %q\n", err, err, err)
	fmt.Println(fmt.Sprint(c) + fmt.Sprint(Both{}))
}
