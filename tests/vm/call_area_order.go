// Argument evaluation and result passing corner cases: calls as arguments
// of calls, results swapped on return, the same value passed twice,
// multi-value calls forwarded as arguments.
package main

import "fmt"

func pair(a, b int) (int, int)   { return b, a }
func three() (int, string, bool) { return 1, "two", true }
func show(a int, s string, b bool) string {
	return fmt.Sprint(a, s, b)
}
func add(a, b int) int { return a + b }

type P struct{ x, y int }

func mk(a int) *P      { return &P{a, a * 2} }
func two(a, b int) int { return a*10 + b }
func ints() []int      { return []int{4, 5, 6} }
func pt(a int) P       { return P{a, -a} }

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	fmt.Println(pair(1, 2))
	x, y := pair(pair(3, 4))
	fmt.Println(x, y)
	fmt.Println(show(three()))
	fmt.Println(add(add(1, 2), add(3, add(4, 5))))
	v := 7
	fmt.Println(add(v, v), add(v+1, add(v, 1)))
	fmt.Println(add(t("a", 1), add(t("b", 2), t("c", 3))), trace)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	// a call's result read through a field or index while the next call's
	// arguments are being placed
	fmt.Println(two(7, mk(3).y), two(mk(1).x, mk(2).y), two(8, ints()[2]), two(pt(4).y, 9))
	f := func(a, b, c int) (int, int, int) { return c, a, b }
	fmt.Println(f(f(1, 2, 3)))
}
