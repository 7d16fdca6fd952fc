// Anonymous struct types, struct literals with and without field names,
// and assignability between identical anonymous struct types.
package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	p := struct {
		X, Y int
	}{3, 4}
	fmt.Println(p, p.X*p.Y)
	var q struct{ X, Y int } = p
	q.X = 30
	fmt.Println(p, q)
	n := Named(p2())
	fmt.Printf("%+v\n", n)
	var anon struct {
		A int
		B string
	} = n // assignable: identical underlying type, one side unnamed
	fmt.Printf("%+v %T %T\n", anon, anon, n)
	configs := []struct {
		name string
		on   bool
	}{{"a", true}, {"b", false}, {name: "c"}}
	for _, c := range configs {
		fmt.Print(c.name, "=", c.on, " ")
	}
	fmt.Println()
	point := &struct{ lat, lng float64 }{1.5, -2.25}
	point.lat *= 2
	fmt.Println(*point, point.lng)
	nested := struct {
		Inner struct{ V int }
		List  []struct{ K string }
	}{}
	nested.Inner.V = 9
	nested.List = append(nested.List, struct{ K string }{"k"})
	fmt.Printf("%+v\n", nested)
}

func p2() struct {
	A int
	B string
} {
	return struct {
		A int
		B string
	}{7, "seven"}
}
