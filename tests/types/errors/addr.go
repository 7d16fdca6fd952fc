package main

func f() int { return 1 }

func main() {
	_ = &f()
	_ = &1
	var x int
	_ = *x
	var m map[int]int
	_ = &m[1]
}
