// Every way to dereference nil, recovered: the message is always
// "runtime error: invalid memory address or nil pointer dereference".
package main

import "fmt"

type T struct {
	a   int
	arr [4]int
	sub *T
}

func (t *T) Get() int { return t.a }
func (t T) Val() int  { return t.a }

type I interface{ Val() int }

func try(name string, f func()) {
	defer func() { fmt.Printf("%-14s %v\n", name+":", recover()) }()
	f()
}

func main() {
	var p *T
	var ip *int
	var ap *[3]int
	var i I
	var pp **T
	try("*int read", func() { _ = *ip })
	try("*int write", func() { *ip = 1 })
	try("field", func() { _ = p.a })
	try("field write", func() { p.a = 1 })
	try("array field", func() { _ = p.arr[2] })
	try("method ptr", func() { _ = p.Get() })
	try("method value", func() { _ = p.Val() })
	try("chain", func() { _ = (&T{}).sub.sub })
	try("array ptr", func() { _ = ap[1] })
	try("array len ok", func() { fmt.Print(len(ap), " ") })
	try("range arr ptr", func() {
		for range ap {
		}
	})
	try("nil iface call", func() { _ = i.Val() })
	try("double ptr", func() { _ = **pp })
	try("copy struct", func() { v := *p; _ = v })
	try("method val nil", func() { f := p.Val; _ = f })
}
