// `defer recover()` (no function literal) answers for the function that
// deferred it: it stops a panic only when that function was itself called
// by the panic machinery and returns normally (Go's recover1.go, test5/6).
package main

func direct() (r string) {
	defer func() {
		r = "outer recovered"
		if recover() == nil {
			r = "defer recover() in the panicking function stopped the panic"
		}
	}()
	defer recover() // main-line function: recovers nothing
	panic("a")
}

func nested() (r string) {
	defer func() {
		r = "the panic was stopped inside"
		if recover() != nil {
			r = "still panicking"
		}
	}()
	defer func() {
		defer recover() // this function was called by the panic: recovers
	}()
	panic("b")
}

func notPanicking() {
	defer recover() // no panic: nil, nothing happens
	println("no panic")
}

func main() {
	println(direct())
	println(nested())
	notPanicking()
}
