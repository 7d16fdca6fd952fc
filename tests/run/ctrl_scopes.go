// Scopes and shadowing: if/switch/for init statements, := redeclaring with
// at least one new variable, inner blocks shadowing outer names.
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	if v, err := get(-1); err != nil {
		fmt.Println("error", err, v)
	} else if w, err := get(v + 1); err == nil {
		fmt.Println("unreached", w)
	}
	a, err := get(1)
	b, err := get(2) // err reused, b new
	fmt.Println(a, b, err)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	var err2 error
	if true {
		_, err2 := get(-5) // shadows: the outer err2 stays nil
		_ = err2
	}
	fmt.Println(err2)
	fmt := "shadowing a package name"
	_ = fmt
	println(len(fmt))
}
