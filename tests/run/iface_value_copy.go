// Storing a value in an interface copies it; storing a pointer shares the
// pointee.
package main

import "fmt"

type Pt struct{ X int }

func (p Pt) Get() int { return p.X }

type Getter interface{ Get() int }

func main() {
	p := Pt{1}
	var g Getter = p
	var e interface{} = p
	p.X = 2
	fmt.Println(g.Get(), e.(Pt).X, p.X)
	var gp Getter = &p
	p.X = 3
	fmt.Println(gp.Get())
	arr := [3]int{1, 2, 3}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	s := []int{1, 2, 3}
	var si interface{} = s
	s[0] = 100 // the slice header was copied, the array is shared
	fmt.Println(si)
	copyOut := e.(Pt)
	copyOut.X = 50
	fmt.Println(e, copyOut)
	var items []interface{}
	for i := 0; i < 3; i++ {
		items = append(items, i)
	}
	fmt.Println(items...)
}
