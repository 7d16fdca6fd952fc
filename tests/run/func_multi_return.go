// Multiple results: named results, bare returns, blank identifier, passing
// a multi-value call straight into another call.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	for _, s := range []string{"123", "", "12a"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	fmt.Println(swap(swap("x", "y")))
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(three())
	fmt.Println(shadow())
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
