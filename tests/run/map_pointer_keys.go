// Pointer keys compare by address: two allocations with equal contents are
// different keys; the same pointer finds its entry.
package main

import "fmt"

type node struct{ name string }

func main() {
	a := &node{"x"}
	b := &node{"x"}
	m := map[*node]int{a: 1, b: 2}
	fmt.Println(len(m), m[a], m[b], *a == *b, a == b)
	c := a
	m[c] += 10
	fmt.Println(m[a], len(m))
	var nilp *node
	m[nilp] = 99
	fmt.Println(m[nil], len(m))
	delete(m, b)
	_, ok := m[b]
	fmt.Println(ok, len(m))
	seen := map[*int]bool{}
	ints := make([]int, 5)
	for i := range ints {
		seen[&ints[i]] = true
	}
	seen[&ints[2]] = false
	fmt.Println(len(seen), seen[&ints[2]], seen[&ints[3]])
}
