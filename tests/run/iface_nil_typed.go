// A nil pointer stored in an interface makes a non-nil interface: the
// classic "error is not nil" trap.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // always a non-nil error!
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailFixed(false)
	fmt.Println(err == nil, err)
	var p *MyErr
	var i interface{} = p
	fmt.Println(i == nil, i == (*MyErr)(nil), p == nil)
	var e error = p
	var target *MyErr
	fmt.Println(errors.As(e, &target), target == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	fmt.Printf("[%v] [%+v] [%T]\n", s, i, i)
	var m map[string]int
	var mi interface{} = m
	fmt.Println(mi == nil, mi)
	var f func()
	var fi interface{} = f
	fmt.Println(fi == nil, fi == nil || f == nil)
}
