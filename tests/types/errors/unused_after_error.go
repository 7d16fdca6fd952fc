package main

func f() (int, int) { return 1, 2 }

func g() {
	var s string = nil
	const a uint64 = 10
	var b int64 = a
}

func h() {
	var a, b int
	a, b = f(), 1, 2
	_ = 1 + "x"
}

func main() {
	g()
	h()
}
