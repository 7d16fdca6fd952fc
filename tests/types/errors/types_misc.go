package main

type S struct {
	a int
	a string
}

type R struct{ r R }

type I interface {
	M()
	M()
}

var x [1.5]int
var m map[[]int]int
var n int
var y [n]int

func main() {}
