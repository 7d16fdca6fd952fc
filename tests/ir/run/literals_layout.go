// literals_layout: nested and keyed composite literals, elided types and
// &T elements, big package-level arrays filled in place, struct and array
// comparison, conversions.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct {
	A, B Point
	Tags []string
}

var big = [1 << 16]int{10: 1, 65535: 2}
var table = []struct {
	name string
	pts  [2]Point
}{
	{"a", [2]Point{{1, 2}, {3, 4}}},
	{name: "b"},
}
var ptrs = []*Point{{5, 6}, nil, {Y: 7}}

func main() {
	l := Line{Point{1, 2}, Point{Y: 3}, []string{"x"}}
	l2 := l
	l2.A.X = 100
	l2.Tags[0] = "shared"
	fmt.Println(l, l2, l.A == l2.B, l.B == Point{0, 3})
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, big[10], big[65535], big[11])
	fmt.Println(table[0].pts[1].Y, table[1].name, *ptrs[0], ptrs[1] == nil, ptrs[2].Y)
	mp := map[Point][]Point{{1, 1}: {{2, 2}}}
	mp[Point{1, 1}] = append(mp[Point{1, 1}], Point{3, 3})
	fmt.Println(mp)
	pp := &Point{X: 9}
	pp.Y = pp.X * 2
	fmt.Println(*pp)
	var ia, ib interface{} = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(ia == ib)
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(rs[1]), string(bs[:2]), string(rune(0x4e16)))
	v300, v70000, fneg, u255 := 300, 70000, -3.9, uint8(255)
	fmt.Println(int8(v300), uint16(v70000), float32(0.1), int(fneg), u255+1)
	bs = append(bs, " world"...)
	fmt.Println(string(bs), copy(bs, "HE"), string(bs))
}
