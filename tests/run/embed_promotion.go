// Embedded fields promote their fields and methods; a shallower name hides
// a deeper one; the embedded value stays reachable by its type name.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Middle struct {
	Base
	Name string // hides Base.Name
}

type Top struct {
	Middle
	Extra int
}

func main() {
	t := Top{Middle: Middle{Base: Base{ID: 1, Name: "base"}, Name: "middle"}, Extra: 9}
	fmt.Println(t.ID, t.Name, t.Middle.Name, t.Base.Name, t.Middle.Base.Name)
	fmt.Println(t.Describe())
	t.Rename("renamed")
	fmt.Println(t.Base.Name, t.Name)
	t.ID = 7
	fmt.Println(t.Middle.Base.ID)
	fmt.Printf("%+v\n", t)
	m := t.Middle
	m.Base.ID = 100
	fmt.Println(t.ID, m.ID)
	d := t.Describe
	t.ID = 8
	fmt.Println(d(), t.Describe())
}
