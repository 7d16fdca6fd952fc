package main

type S struct{ f []int }

func main() {
	var a, b []int
	_ = a == b
	var m, n map[int]int
	_ = m == n
	var f func()
	_ = f == f
	var s, t S
	_ = s == t
	_ = a == nil
	_ = 1 == "a"
	var x int
	var y string
	_ = x == y
	_ = x < nil
}
