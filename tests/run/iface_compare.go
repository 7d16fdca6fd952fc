// Interface comparison: equal when dynamic types and values are equal;
// comparing interfaces holding uncomparable values of the same type panics.
package main

import "fmt"

type S struct{ list []int }
type K struct{ a int }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var a, b interface{} = 1, 1
	var c interface{} = int64(1)
	var d interface{} = "1"
	fmt.Println(a == b, a == c, a == d, a != c)
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil, a == nil)
	fmt.Println(interface{}(K{1}) == interface{}(K{1}), interface{}(K{1}) == interface{}(K{2}))
	x := 5
	fmt.Println(interface{}(&x) == interface{}(&x))
	fmt.Println(a == 1, d == "1", c == 1) // constant converted to interface{} as int
	var err1, err2 error
	fmt.Println(err1 == err2)
	try("slices", func() bool {
		var p, q interface{} = []int{1}, []int{1}
		return p == q
	})
	try("maps", func() bool {
		var p, q interface{} = map[int]int{}, map[int]int{}
		return p == q
	})
	try("funcs", func() bool {
		f := func() {}
		var p, q interface{} = f, f
		return p == q
	})
	try("struct with slice", func() bool {
		var p, q interface{} = S{}, S{}
		return p == q
	})
	try("different types", func() bool {
		var p, q interface{} = []int{1}, map[int]int{}
		return p == q
	})
	try("slice vs int", func() bool {
		var p interface{} = []int{1}
		return p == 1
	})
	try("array of interfaces", func() bool {
		p := [1]interface{}{[]int{}}
		q := [1]interface{}{[]int{}}
		return p == q
	})
	try("switch on slice", func() bool {
		var p interface{} = []int{}
		switch p {
		case 1:
			return false
		}
		return true
	})
}
