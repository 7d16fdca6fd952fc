// Method values bind their receiver when evaluated: a value receiver is
// copied then, a pointer receiver is shared.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) PGet() int { return t.n }
func (t *T) Set(n int) { t.n = n }

type Getter interface{ Get() int }

func apply(f func() int) int { return f() }

func main() {
	t := T{1}
	get := t.Get   // copies t now
	pget := t.PGet // binds &t
	set := t.Set
	set(2)
	fmt.Println(get(), pget(), t.n)
	t.n = 3
	fmt.Println(get(), pget(), apply(t.Get))
	p := &T{10}
	g2 := p.Get // copies *p now
	p.n = 20
	fmt.Println(g2(), p.Get())
	var i Getter = T{7}
	ig := i.Get
	i = T{8}
	fmt.Println(ig(), i.Get())
	funcs := []func() int{}
	for _, v := range []T{{1}, {2}, {3}} {
		funcs = append(funcs, v.Get)
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	ptrFuncs := []func() int{}
	for _, v := range []T{{1}, {2}, {3}} {
		ptrFuncs = append(ptrFuncs, v.PGet) // &v: one shared variable in Go 1.19
	}
	for _, f := range ptrFuncs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", get, set)
}
