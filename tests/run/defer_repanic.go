// A recovered panic can be re-raised, or replaced by a new panic; a panic in
// a deferred call during panicking replaces the value recover will see.
package main

import (
	"errors"
	"fmt"
)

func rethrow() {
	defer func() {
		r := recover()
		fmt.Println("rethrow saw:", r)
		panic(fmt.Sprint("re: ", r))
	}()
	panic("original")
}

func replace() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

func chain() {
	defer func() { panic(errors.New("third")) }()
	defer func() { panic("second") }()
	panic("first")
}

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s caught: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	catch("rethrow", rethrow)
	catch("replace", replace)
	catch("chain", chain)
	catch("recover then continue", func() {
		defer func() {
			fmt.Println("outer defer sees:", recover())
		}()
		defer func() {
			fmt.Println("inner defer recovered:", recover())
		}()
		panic("once")
	})
}
