package main

func f() {
	x := f(g()
	y := 1
}

func g() {
}

func h() {
	x := []int{1, 2, 3
	y := 0
}
