// The forms of for: three clauses, condition only, infinite with break,
// several variables, ranges over strings, arrays, slices and maps with
// index only or value only.
package main

import (
	"fmt"
	"sort"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, c := range []byte("hi") {
		fmt.Print(c, " ")
	}
	fmt.Println()
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		fmt.Print(i)
	}
	for _, v := range arr {
		fmt.Print(v)
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var keys []string
	total := 0
	for key := range m {
		keys = append(keys, key)
	}
	for _, v := range m {
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)
	var i int
	for i = 0; i < 10; i += 3 {
	}
	fmt.Println("i after loop:", i)
	for range [2]int{} {
		fmt.Print("tick ")
	}
	fmt.Println()
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
