package main

func f() (int, int) { return 1, 2 }

func main() {
	3 = 4
	"a"[0] = 1
	m := map[string]struct{ x int }{}
	m["a"].x = 1
	var a, b int = f(), 1
	x, y := 1
	var p, q = f(), 2
	_, _, _, _, _, _ = a, b, x, y, p, q
	const c = 1
	c = 2
	len("a") = 3
}
