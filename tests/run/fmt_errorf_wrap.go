// fmt.Errorf with %w wraps an error so errors.Is, errors.As and
// errors.Unwrap see through it; %v and %s do not wrap.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	w1 := fmt.Errorf("layer1: %w", ErrBase)
	w2 := fmt.Errorf("layer2: %w", w1)
	v := fmt.Errorf("flat: %v", ErrBase)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, ErrBase), errors.Is(v, ErrBase), errors.Is(w1, w2))
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == ErrBase, errors.Unwrap(ErrBase) == nil, errors.Unwrap(v) == nil)
	ce := fmt.Errorf("request: %w", &CodeErr{404})
	var target *CodeErr
	fmt.Println(errors.As(ce, &target), target.Code)
	fmt.Printf("%T %T %T\n", w1, v, ce)
	fmt.Printf("%v|%s|%q\n", w1, w1, w1)
	fmt.Printf("%+v %#v\n", ErrBase, ErrBase.Error())
	nilWrap := fmt.Errorf("nothing: %w", nil)
	fmt.Println(nilWrap, errors.Unwrap(nilWrap) == nil)
	bad := fmt.Errorf("not an error: %w", "text")
	fmt.Println(bad)
	two := fmt.Errorf("%w and %w", ErrBase, ErrBase)
	fmt.Println(two, errors.Is(two, ErrBase))
	noVerb := fmt.Errorf("plain %d", 3)
	fmt.Println(noVerb, errors.Unwrap(noVerb) == nil)
}
