// Closures capture variables, not values: writes on either side are seen
// by the other, including writes made after the closure was created.
package main

import "fmt"

func main() {
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	set := func(v int) { x = v }
	set(42)
	fmt.Println(x, show())
	s := []int{1, 2, 3}
	appendIt := func(v int) { s = append(s, v) }
	appendIt(4)
	appendIt(5)
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	modArr := func() { arr[0] = 100 }
	modArr()
	fmt.Println(arr)
	type st struct{ n int }
	v := st{1}
	bump := func() { v.n++ }
	bump()
	bump()
	fmt.Println(v)
	str := "a"
	grow := func() string { str += "b"; return str }
	fmt.Println(grow(), grow(), str)
	y := 10
	nested := func() func() int {
		return func() int { y *= 2; return y }
	}()
	fmt.Println(nested(), nested(), y)
	param := func(p int) func() int {
		return func() int { p++; return p }
	}(5)
	fmt.Println(param(), param())
}
