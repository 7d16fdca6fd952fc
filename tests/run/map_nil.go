// A nil map reads as empty (lookups give zero values, len 0, range does
// nothing, delete is a no-op); writing to it panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x")
	fmt.Println(m)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["y"]++
	}()
	var nested map[string]map[string]int
	fmt.Println(nested["a"]["b"])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		outer := map[string]map[string]int{}
		outer["a"]["b"] = 1
	}()
	m = make(map[string]int)
	m["x"] = 1
	fmt.Println(m)
}
