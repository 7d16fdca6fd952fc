// Closures as generators and iterators, stored in struct fields and maps.
package main

import (
	"fmt"
	"strings"
)

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func words(s string) func() (string, bool) {
	fields := strings.Fields(s)
	i := 0
	return func() (string, bool) {
		if i >= len(fields) {
			return "", false
		}
		i++
		return fields[i-1], true
	}
}

type Machine struct {
	name  string
	steps []func(int) int
}

func (m Machine) Run(x int) int {
	for _, s := range m.steps {
		x = s(x)
	}
	return x
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	f := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	next := words("the quick  brown fox")
	for w, ok := next(); ok; w, ok = next() {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
	addN := func(n int) func(int) int { return func(x int) int { return x + n } }
	m := Machine{"m", []func(int) int{addN(1), func(x int) int { return x * 10 }, addN(-3)}}
	fmt.Println(m.Run(4), compose(addN(2), addN(3))(0), compose()(7))
}
