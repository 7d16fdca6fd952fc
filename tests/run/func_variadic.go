// Variadic functions: zero or more arguments, spreading a slice with ...
// (which passes the slice itself, so the callee can modify it).
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s: %d values %v nil=%v", prefix, len(vals), vals, vals == nil)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	fmt.Println(info("none"))
	fmt.Println(info("some", 1, "a", nil))
	fmt.Println(info("spread", []interface{}{1, 2}...))
	fmt.Println(info("nil spread", []interface{}(nil)...))
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(7, 8)
	f := sum
	fmt.Printf("%T %d\n", f, f(10, 20))
	g := func(xs ...string) int { return len(xs) }
	fmt.Println(g(), g("a", "b"))
}
