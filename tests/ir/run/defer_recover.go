// defer_recover: arguments bound at the defer statement, LIFO order, named
// results changed by deferred closures after recover, defer of a method
// value, re-panics, panics in deferred calls.
package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t T) Hello(s string) { fmt.Println("hello", t.name, s) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	t := T{"a"}
	defer t.Hello("deferred")
	t.name = "b"
	defer fmt.Println()
}

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("second: ", r))
		}
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again(", r, ")"))
	}()
	panic("first")
}

func nilIface() (err error) {
	defer func() {
		if recover() != nil {
			err = errors.New("nil interface method value")
		}
	}()
	var s fmt.Stringer
	defer s.String()
	return nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
	order()
	fmt.Println(repanic())
	fmt.Println(nilIface())
	defer fmt.Println("main deferred")
	var m map[string]int
	defer func() {
		fmt.Println(recover())
		m = map[string]int{}
		m["ok"]++
		fmt.Println(m)
	}()
	m["x"] = 1
}
