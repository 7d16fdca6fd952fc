// Closures keep their captured variables alive; each call of the factory
// makes new variables; closures made together share them.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (inc func(), get func() int) {
	x := 0
	inc = func() { x += 10 }
	get = func() int { return x }
	return
}

func adder() func(int) int {
	sum := 0
	return func(d int) int {
		sum += d
		return sum
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	a := adder()
	for i := 1; i <= 4; i++ {
		fmt.Print(a(i), " ")
	}
	fmt.Println()
	b := adder()
	fmt.Println(b(1), a(0))
}
