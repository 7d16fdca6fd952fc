// Structs are values: assignment and calls copy all fields (nested structs
// and arrays too); slices, maps and pointers inside are shared.
package main

import "fmt"

type Inner struct {
	N    int
	Tags [2]string
}

type Outer struct {
	Name  string
	In    Inner
	List  []int
	Attrs map[string]int
	Ptr   *Inner
}

func bump(o Outer) Outer {
	o.Name += "!"
	o.In.N++
	o.In.Tags[0] = "changed"
	o.List[0] = 100
	o.Attrs["k"]++
	o.Ptr.N = 42
	return o
}

func main() {
	shared := &Inner{N: 1}
	o := Outer{Name: "o", In: Inner{N: 1, Tags: [2]string{"a", "b"}}, List: []int{1, 2}, Attrs: map[string]int{"k": 0}, Ptr: shared}
	c := bump(o)
	fmt.Println(o.Name, o.In, o.List, o.Attrs, *o.Ptr)
	fmt.Println(c.Name, c.In, c.List, c.Attrs, *c.Ptr)
	d := o
	d.In.Tags[1] = "z"
	fmt.Println(o.In.Tags, d.In.Tags)
	ss := []Inner{{N: 1}, {N: 2}}
	first := ss[0]
	first.N = 10
	ss[1].N = 20
	fmt.Println(ss, first)
	ps := &ss[0]
	ps.N = 11
	fmt.Println(ss)
	var zero Outer
	fmt.Printf("%+v\n", zero)
}
