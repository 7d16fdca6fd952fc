package main

var g int
var g string

func f() {}
func f() {}

func main() {
	x := 1
	x := 2
	var y int
	var y string
	_, _ = x, y
	a, b := 1, 2
	a, b := 3, 4
	_, _ = a, b
}
