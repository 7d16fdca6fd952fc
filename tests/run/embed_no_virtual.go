// Promotion is not inheritance: a method of the embedded type calls the
// embedded type's own methods, never the outer type's "overrides".
package main

import "fmt"

type Base struct{}

func (Base) Name() string    { return "base" }
func (b Base) Greet() string { return "hello from " + b.Name() }

type Derived struct{ Base }

func (Derived) Name() string { return "derived" }

type Namer interface{ Name() string }

func greet(n Namer) string { return "hi " + n.Name() }

func main() {
	d := Derived{}
	fmt.Println(d.Name(), d.Base.Name())
	fmt.Println(d.Greet()) // still "base"
	fmt.Println(greet(d), greet(d.Base))
	var n Namer = d
	if g, ok := n.(interface{ Greet() string }); ok {
		fmt.Println(g.Greet())
	}
}
