// A nil slice and an empty slice both have length 0, but only one is nil;
// fmt shows the difference with %#v.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:0]
	e := b[0:0]
	fmt.Println(a == nil, b == nil, c == nil, d == nil, e == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Printf("%v %v %#v %#v %#v\n", a, b, a, b, c)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil, len(a))
	var s []string
	fmt.Printf("%q %#v %d\n", s, s, len(s))
	var m map[string]int
	fmt.Printf("%v %#v %v\n", m, m, m == nil)
	var p *int
	var f func()
	var i interface{}
	var e2 error
	fmt.Println(p == nil, f == nil, i == nil, e2 == nil, p, i, e2)
	fmt.Printf("%v %#v %#v\n", p, i, e2)
	var bs []byte
	fmt.Println(string(bs) == "", bs == nil, len(bs[:]))
	var arr [0]int
	fmt.Println(arr, len(arr), arr[:] == nil)
}
