package main

var a, b = 1, 2, 3
var p, q, r = 1, 2

const x, y = 1, 2, 3
const u, v, w = 1, 2

func main() {
	var c, d = 1, 2, 3
	var e, f, g = 1, 2
	const h, i = 1, 2, 3
	const j, k, l = 1, 2
	_, _, _, _ = c, d, e, f
}
