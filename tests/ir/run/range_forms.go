// range_forms: the range operand is evaluated once and copied; Go 1.19's
// one variable per loop; strings decode runes (invalid bytes as U+FFFD);
// pointers to arrays need no dereference for keys only.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 100)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)

	var funcs []func() int
	for i := range [3]int{} {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var pa *[4]int
	n := 0
	for i := range pa {
		n += i
	}
	fmt.Println(n)

	for i, r := range "a\xffé\xc3" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range m {
		sum += v
		delete(m, k)
	}
	fmt.Println(sum, len(m))

	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	fmt.Println(idx, val)

outer:
	for i := 0; i < 3; i++ {
		for j := range "xyz" {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
