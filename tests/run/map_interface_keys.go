// interface{} keys: the dynamic type is part of the key (int 1 and int64 1
// differ), nil is a key, and an unhashable dynamic type panics.
package main

import "fmt"

type ID int
type pt struct{ x, y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[ID(1)] = "ID"
	m[1.0] = "float64"
	m["1"] = "string"
	m[nil] = "nil"
	m[pt{1, 2}] = "struct"
	m[[2]int{1, 2}] = "array"
	m[true] = "bool"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[ID(1)], m[1.0], m["1"], m[nil], m[pt{1, 2}], m[[2]int{1, 2}], m[true])
	_, ok := m[uint(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	try("slice key", func() { m[[]int{1}] = "x" })
	try("map key", func() { _ = m[map[string]int{}] })
	try("func key", func() { m[func() {}] = "f" })
	try("struct with slice", func() {
		type bad struct{ s []int }
		m[bad{}] = "b"
	})
	try("array of interface holding slice", func() { m[[1]interface{}{[]int{}}] = "a" })
	try("delete slice key", func() { delete(m, []string{}) })
	fmt.Println(len(m))
	type S interface{ String() string }
	sm := map[S]int{}
	fmt.Println(len(sm))
}
