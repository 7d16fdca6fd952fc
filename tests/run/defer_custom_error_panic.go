// Panicking with custom error values and recovering them with errors.As.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

var ErrFatal = errors.New("fatal")

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", 1})
	}
	if age > 200 {
		panic(fmt.Errorf("age %d: %w", age, ErrFatal))
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	validate(age)
	return nil
}

func main() {
	for _, age := range []int{30, -1, 300} {
		err := check(age)
		var ve *ValidationError
		fmt.Println(age, err, errors.As(err, &ve), errors.Is(err, ErrFatal))
		if ve != nil {
			fmt.Println("  field:", ve.Field, "code:", ve.Code)
		}
	}
}
