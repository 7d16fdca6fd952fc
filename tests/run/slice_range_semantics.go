// range over a slice: the slice is evaluated once, the value variable is a
// copy and (in Go 1.19) one variable reused across iterations.
package main

import "fmt"

type item struct{ n int }

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4) // does not extend the loop
			s[1] = 20        // the new array; the loop reads the old one
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 30 // same array: seen by the loop
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	items := []item{{1}, {2}, {3}}
	for _, it := range items {
		it.n *= 10 // a copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	var ptrs []*int
	for _, v := range []int{7, 8, 9} {
		ptrs = append(ptrs, &v)
	}
	fmt.Println(ptrs[0] == ptrs[1], ptrs[1] == ptrs[2], *ptrs[0], *ptrs[2])
	var fixed []*int
	for _, v := range []int{7, 8, 9} {
		v := v
		fixed = append(fixed, &v)
	}
	fmt.Println(fixed[0] == fixed[1], *fixed[0], *fixed[1], *fixed[2])
	count := 0
	for range make([]struct{}, 5) {
		count++
	}
	fmt.Println(count)
	var last int
	for last = range []string{"a", "b", "c"} {
	}
	fmt.Println(last)
}
