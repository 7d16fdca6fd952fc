// recover only stops a panic when called directly by the deferred function:
// called from a helper, from a nested literal, or deferred itself, it
// returns nil and the panic goes on.
package main

import "fmt"

func helper() interface{} { return recover() }

func viaHelper() {
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("p1")
}

func viaNested() {
	defer func() {
		func() {
			fmt.Println("nested got:", recover())
		}()
	}()
	panic("p2")
}

func deferredRecover() {
	defer recover() // recover is called directly by the runtime: no effect
	panic("p3")
}

func deferredHelper() {
	defer helper() // helper is the deferred function: its recover works
	panic("p4")
}

func run(name string, f func()) {
	defer func() {
		fmt.Println(name, "reached run's defer with:", recover())
	}()
	f()
	fmt.Println(name, "returned normally")
}

func main() {
	run("viaHelper", viaHelper)
	run("viaNested", viaNested)
	run("deferredRecover", deferredRecover)
	run("deferredHelper", deferredHelper)
}
