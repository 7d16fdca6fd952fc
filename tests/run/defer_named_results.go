// Deferred closures can read and change named results after the return
// statement has set them.
package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 5
}

func seq() (r int) {
	defer func() { r += 1 }()
	defer func() { r *= 10 }()
	r = 100
	return r + 1 // r = 101, then *10, then +1
}

func unnamed() int {
	x := 5
	defer func() { x *= 2 }() // does not affect the returned value
	return x
}

func withErr(fail bool) (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return 7, errors.New("failed")
	}
	return 7, nil
}

func observe() (s string) {
	defer func() { fmt.Printf("defer sees %q\n", s) }()
	s = "assigned"
	return "returned"
}

func main() {
	fmt.Println(double(), seq(), unnamed())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(observe())
}
