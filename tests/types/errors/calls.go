package main

func f(a int, b string) {}
func g(xs ...int)        {}
func two() (int, int)   { return 1, 2 }

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	g(1, 2, "x")
	var s []string
	g(s...)
	f(two())
	x := 1
	x()
	var t []int
	f(t...)
	_ = two() + 1
}
