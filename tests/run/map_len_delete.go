// len follows inserts and deletes; deleting a missing key does nothing;
// maps are references: copies of the map value see the same entries.
package main

import "fmt"

func fill(m map[string]int) {
	m["from func"] = 1
}

func main() {
	m := make(map[string]int)
	fmt.Println(len(m))
	m["a"] = 1
	m["b"] = 2
	m["a"] = 3
	fmt.Println(len(m))
	delete(m, "zzz")
	fmt.Println(len(m))
	delete(m, "a")
	delete(m, "a")
	fmt.Println(len(m), m)
	alias := m
	alias["c"] = 3
	fill(m)
	fmt.Println(len(m), m)
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint(i)] = i
	}
	for i := 0; i < 1000; i++ {
		delete(m, fmt.Sprint(i))
	}
	fmt.Println(len(m), m)
	var total int
	for i := 0; i < 5; i++ {
		m["k"]++
		total += len(m)
	}
	fmt.Println(m["k"], total)
}
