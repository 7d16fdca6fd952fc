// runtime.SetFinalizer has no native, so any program naming it is
// rejected. The corpus files also need finalizers to run after
// runtime.GC() (the collector and the finalizer goroutine).
// (fixedbugs/issue27518b.go, issue30476.go, issue32477.go, stackobj.go,
// stackobj3.go)
package main

import "runtime"

type T struct{ a, b int }

func main() {
	x := new(T)
	runtime.SetFinalizer(x, func(*T) { println("finalized") })
	runtime.SetFinalizer(x, nil)
	runtime.KeepAlive(x)
	println("ok")
}
