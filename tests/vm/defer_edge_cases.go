// Defer edge cases: LIFO across loops, arguments evaluated at the defer
// statement, named results changed after return, recover() outside a
// panic and outside a directly deferred call, defers of method values and
// of func values, a recover that resumes the deferring frame's caller.
package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t T) Show(s string) { fmt.Println("show", t.name, s) }

func named() (x int, err error) {
	defer func() {
		x *= 10
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	x = 4
	panic("boom")
}

func plain() (x int) {
	defer func() { x++ }()
	return 41
}

func helper() interface{} { return recover() }

func notDirect() (r interface{}) {
	defer func() {
		r = helper() // not called by the deferred function itself: nil
		recover()    // this one stops the panic
	}()
	panic("p")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	t := T{"a"}
	defer t.Show("bound at defer")
	t.name = "b"
	f := func(s string) { fmt.Println("func value", s) }
	defer f("x")
	f = nil
}

func resume() string {
	defer func() { recover() }()
	var m map[string]int
	m["x"] = 1
	return "not reached"
}

func main() {
	fmt.Println(recover())
	fmt.Println(named())
	fmt.Println(plain())
	fmt.Println(notDirect())
	loop()
	fmt.Printf("%q\n", resume())
	err := errors.New("e")
	func() {
		defer func() { fmt.Println("err seen:", recover() == err) }()
		panic(err)
	}()
	fmt.Println("end")
}
