// Error types as values and as pointers: comparing errors of struct type
// with ==, errors.As targets of value and pointer types, and an error
// type whose Unwrap returns nil.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type PtrErr struct{ Msg string }

func (e *PtrErr) Error() string { return e.Msg }
func (e *PtrErr) Unwrap() error { return nil }

func main() {
	var e1 error = CodeErr{1}
	var e2 error = CodeErr{1}
	var e3 error = &PtrErr{"p"}
	var e4 error = &PtrErr{"p"}
	fmt.Println(e1 == e2, e3 == e4, errors.Is(e1, CodeErr{1}), errors.Is(e3, e4), errors.Is(e3, e3))
	wrapped := fmt.Errorf("ctx: %w", e1)
	var ce CodeErr
	fmt.Println(errors.As(wrapped, &ce), ce.Code, errors.Is(wrapped, CodeErr{1}), errors.Is(wrapped, CodeErr{2}))
	var pe *PtrErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", e3), &pe), pe.Msg, errors.Unwrap(e3) == nil)
	var iface interface{ Error() string }
	fmt.Println(errors.As(wrapped, &iface), iface)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var notPtr CodeErr
		errors.As(wrapped, notPtr)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(wrapped, nil)
	}()
	errs := []error{CodeErr{404}, &PtrErr{"bad"}, nil, errors.New("plain")}
	for _, e := range errs {
		switch v := e.(type) {
		case nil:
			fmt.Println("no error")
		case CodeErr:
			fmt.Println("code", v.Code)
		case *PtrErr:
			fmt.Println("ptr", v.Msg)
		default:
			fmt.Println("other", v)
		}
	}
}
