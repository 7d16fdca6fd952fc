// errors.New values are distinct even with the same text; sentinel errors
// compared with ==; custom error types; errors.Is with an Is method.
package main

import (
	"errors"
	"fmt"
)

var ErrEOF = errors.New("EOF")

type TempErr struct{ msg string }

func (e TempErr) Error() string { return "temporary: " + e.msg }
func (e TempErr) Is(target error) bool {
	_, ok := target.(TempErr)
	return ok // any TempErr matches any other
}

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	if name == "" {
		return ErrEOF
	}
	if name == "tmp" {
		return TempErr{"retry"}
	}
	if name != "ok" {
		return &NotFound{name}
	}
	return nil
}

func main() {
	a := errors.New("same")
	b := errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	for _, n := range []string{"", "tmp", "x", "ok"} {
		err := find(n)
		var nf *NotFound
		fmt.Println(err, err == ErrEOF, errors.Is(err, ErrEOF), errors.Is(err, TempErr{}), errors.As(err, &nf))
	}
	fmt.Println(errors.Is(nil, ErrEOF), errors.Is(nil, nil), errors.Unwrap(nil))
	var target TempErr
	fmt.Println(errors.As(find("tmp"), &target), target.msg)
}
