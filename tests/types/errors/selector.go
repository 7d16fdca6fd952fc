package main

import "strings"

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

type T struct{}

func (t *T) M() {}

func main() {
	var c C
	_ = c.X
	_ = c.Y
	T{}.M()
	_ = strings.NoSuch
	_ = strings.toLower
	var p *interface{ M() }
	p.M()
	var t T
	t.m()
}
