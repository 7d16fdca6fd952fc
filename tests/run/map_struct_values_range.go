// Ranging over a map of structs gives copies; updating needs the key
// (m[k] = v); struct fields of map elements cannot be assigned in place.
package main

import (
	"fmt"
	"sort"
)

type stat struct {
	count int
	names []string
}

func main() {
	m := map[string]stat{"a": {1, nil}, "b": {2, nil}}
	for _, v := range m {
		v.count *= 100 // a copy
		v.names = append(v.names, "lost")
	}
	fmt.Println(m)
	for k, v := range m {
		v.count *= 100
		v.names = append(v.names, k)
		m[k] = v
	}
	fmt.Println(m)
	ptrs := map[string]*stat{"x": {count: 1}}
	for _, p := range ptrs {
		p.count++ // through the pointer
	}
	fmt.Println(ptrs["x"].count)
	slices := map[string][]int{"s": {1, 2, 3}}
	for _, s := range slices {
		s[0] = 100 // shares the backing array
	}
	fmt.Println(slices)
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%+v ", k, m[k])
	}
	fmt.Println()
}
