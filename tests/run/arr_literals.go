// Array literals: [...] length inference, indexed elements, nested arrays,
// and how fmt prints them.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func main() {
	a := [...]int{1, 2, 3}
	b := [5]int{1, 2}
	c := [...]string{2: "c", 0: "a", 4: "e"}
	d := [...]int{5: 1, 2, 3}
	names := [...]string{Red: "red", Green: "green", Blue: "blue"}
	fmt.Println(a, len(a), b, len(b))
	fmt.Printf("%q %d\n", c, len(c))
	fmt.Println(d, len(d))
	fmt.Println(names[Green], len(names))
	fmt.Printf("%T %T %T\n", a, c, names)
	m := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(m)
	fmt.Printf("%v %+v %#v\n", m, m, m)
	pts := [...]struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", pts, pts)
	var zero [3]bool
	fmt.Println(zero)
	bs := [4]byte{'G', 'o'}
	fmt.Println(bs, string(bs[:2]))
	fmt.Printf("%s %x %q\n", bs[:2], bs, bs[:2])
}
