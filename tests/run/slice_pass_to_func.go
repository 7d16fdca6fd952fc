// A slice header is passed by value: the callee's element writes are seen,
// its appends are not (the caller's length does not change).
package main

import "fmt"

func setFirst(s []int) { s[0] = 100 }

func appendOne(s []int) {
	s = append(s, 4)
	s[0] = -1
}

func appendPtr(s *[]int) { *s = append(*s, 4) }

func grow(s []int) []int { return append(s, 5, 6) }

func main() {
	a := []int{1, 2, 3}
	setFirst(a)
	fmt.Println(a)
	appendOne(a) // cap 3: reallocates, a untouched
	fmt.Println(a)
	b := make([]int, 3, 10)
	appendOne(b) // room left: shares the array, element write visible
	fmt.Println(b, len(b), b[:4])
	appendPtr(&a)
	fmt.Println(a, len(a))
	a = grow(a)
	fmt.Println(a)
	x := []string{"1", "2", "3"}
	func(s []string) { s = append(s, "4"); _ = s }(x)
	fmt.Println(x, len(x))
}
