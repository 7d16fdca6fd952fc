// How fmt prints nil values of every kind with %v, %+v, %#v, %s, %d.
package main

import "fmt"

type T struct{ A int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var f func()
	var i interface{}
	var e error
	var ip *int
	fmt.Println(p, s, m, i, e, ip)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %+v %+v\n", p, s, m)
	fmt.Printf("%#v %#v %#v %#v %#v\n", p, s, m, i, e)
	fmt.Printf("%s %s %d %d\n", s, i, s, p)
	fmt.Println(f == nil)
	fmt.Printf("%T %T %T %T\n", p, s, i, e)
	fmt.Println([]*T{nil, {1}}[0], []interface{}{nil}, map[string]*T{"k": nil})
	fmt.Printf("%v %+v\n", struct {
		P *T
		E error
	}{}, struct{ S []string }{})
	fmt.Printf("[%5v] [%-5v]\n", nil, nil)
}
