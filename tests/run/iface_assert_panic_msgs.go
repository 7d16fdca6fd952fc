// Failed single-result type assertions panic with a
// *runtime.TypeAssertionError; these are its exact messages.
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() int }
type Named interface{ Name() string }
type Square struct{ s int }
type Circle struct{ r int }
type T struct{}

func (s Square) Area() int    { return s.s * s.s }
func (c Circle) Area() int    { return 3 * c.r * c.r }
func (s Square) Name() string { return "square" }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isTA := r.(*runtime.TypeAssertionError)
		fmt.Printf("%s: %v [%v %v]\n", name, r, isRT, isTA)
	}()
	f()
}

func main() {
	var e interface{} = "str"
	var n interface{}
	var sh Shape = Circle{1}
	var nilShape Shape
	var err error
	try("eface wrong", func() { _ = e.(int) })
	try("eface nil", func() { _ = n.(int) })
	try("iface wrong", func() { _ = sh.(Square) })
	try("iface nil", func() { _ = nilShape.(Square) })
	try("to iface missing", func() { _ = sh.(Named) })
	try("eface to iface", func() { _ = e.(Named) })
	try("nil to iface", func() { _ = n.(Named) })
	try("ptr vs value", func() {
		var x interface{} = &Square{2}
		_ = x.(Square)
	})
	try("struct type", func() {
		var x interface{} = T{}
		_ = x.(fmt.Stringer)
	})
	try("error nil", func() { _ = err.(*MyErr) })
	try("slice", func() {
		var x interface{} = []int{1}
		_ = x.([]string)
	})
	try("map", func() {
		var x interface{} = map[string]int{}
		_ = x.(map[string]bool)
	})
	try("func", func() {
		var x interface{} = func(int) string { return "" }
		_ = x.(func())
	})
	try("ok", func() { fmt.Print(sh.(Circle).r, " ") })
}
