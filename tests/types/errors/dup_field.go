package main

type t struct {
	x int
	x string
	y int `a`
	y int `b`
}

func f(v *t) int {
	return v.x + len(v.x)
}
