// `defer recover()` in a function that a panic called as a deferred call:
// recover, run as that function's deferred call, stops the panic.
// (recover1.go test5 and test6, hidden behind runtime.Breakpoint)
package main

func main() {
	defer func() { println("main's deferred call still sees a panic:", recover() != nil) }()
	defer func() {
		defer recover()
	}()
	panic(5)
}
