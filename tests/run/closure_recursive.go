// Recursive closures need the variable declared before the literal;
// memoization through a captured map.
package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
	memo := map[int]int{}
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(90), calls, len(memo))
	var walk func(depth int, path string) []string
	walk = func(depth int, path string) []string {
		if depth == 0 {
			return []string{path}
		}
		return append(walk(depth-1, path+"L"), walk(depth-1, path+"R")...)
	}
	fmt.Println(walk(3, ""))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(7))
}
