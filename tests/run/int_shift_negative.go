// A negative shift count held in a signed variable panics with
// "runtime error: negative shift amount", for << and >> alike.
package main

import "fmt"

func shl(x int, n int) (r int, err interface{}) {
	defer func() { err = recover() }()
	return x << n, nil
}

func shr(x uint8, n int16) (r uint8, err interface{}) {
	defer func() { err = recover() }()
	return x >> n, nil
}

func main() {
	for _, n := range []int{3, 0, -1, -64} {
		r, err := shl(1, n)
		fmt.Println("1 <<", n, "=", r, err)
	}
	for _, n := range []int16{2, -2} {
		r, err := shr(200, n)
		fmt.Println("200 >>", n, "=", r, err)
	}
}
