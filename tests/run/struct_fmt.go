// How fmt prints structs: %v, %+v, %#v; pointers to structs as &{...} at
// the top level; nested structs, slices of structs, nil fields.
package main

import "fmt"

type Addr struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Addr
	Tags    []string
	Scores  map[string]int
	Manager *Person
	private bool
}

func main() {
	p := Person{Name: "Ann", Age: 30, Addr: Addr{"Oslo", 150}, Tags: []string{"a", "b"}, Scores: map[string]int{"x": 1}}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v\n", &p)
	fmt.Printf("%+v\n", &p.Addr)
	fmt.Println(&p.Addr, p.Addr)
	people := []Person{{Name: "A"}, {Name: "B", Age: 2}}
	fmt.Printf("%v\n%+v\n", people, people)
	addrs := []*Addr{}
	fmt.Println(addrs, len(addrs))
	var np *Person
	fmt.Printf("%v %+v\n", np, np)
	type Pair struct {
		K string
		V interface{}
	}
	fmt.Printf("%v %+v\n", Pair{"k", nil}, Pair{"k", 3.5})
	fmt.Printf("%#v\n", Pair{"k", 3})
	fmt.Printf("%#v\n", []Addr{{"X", 1}})
	fmt.Printf("%#v\n", &Addr{"Y", 2})
	fmt.Printf("%v|%s|%d\n", Addr{"Z", 3}, Addr{"Z", 3}, Addr{"Z", 3})
	fmt.Printf("%T %T %T\n", p, &p, people)
}
