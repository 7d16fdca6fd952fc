// Run-time errors raised inside deeply nested calls and inside natives
// unwind through many frames to the recover, leaving the VM stack
// consistent for what runs next.
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%-8s %v %v\n", name, ok, err)
	}()
	f()
}

func deep(n int, f func()) {
	if n == 0 {
		f()
		return
	}
	deep(n-1, f)
}

type I interface{ M() }

func main() {
	var s []int
	var p *struct{ x int }
	var m map[string]int
	var i I
	zero := 0
	try("index", func() { deep(1000, func() { _ = s[5] }) })
	try("nil", func() { deep(2000, func() { p.x = 1 }) })
	try("map", func() { deep(10, func() { m["a"] = 1 }) })
	try("div", func() { deep(3000, func() { fmt.Println(1 / zero) }) })
	try("iface", func() { deep(5, func() { i.M() }) })
	try("assert", func() { var x interface{} = "s"; _ = x.(int) })
	try("native", func() { deep(100, func() { strings.Repeat("x", -1) }) })
	try("slice", func() { deep(7, func() { _ = s[1:zero] }) })
	try("arrptr", func() { var a *[3]int; i := 5; a[i] = 1 }) // nil before bounds
	fmt.Println(strings.Repeat("ok ", 3))
}
