// Evaluating the method value i.M of a nil interface panics at once (nil
// pointer dereference), also in `defer i.M()`, which evaluates i.M before
// the defer statement completes. (fixedbugs/issue15975.go, method5.go)
package main

type I interface{ M() }

func try(name string, f func()) {
	defer func() { println(name, "panicked:", recover() != nil) }()
	f()
}

func main() {
	var i I
	var f func()
	try("f = i.M", func() { f = i.M })
	reached := false
	try("defer i.M()", func() {
		defer i.M()
		reached = true
	})
	println("statement after the defer ran:", reached, "f set:", f != nil)
}
