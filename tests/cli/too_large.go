package main

// gc: main.b: symbol too large (34359738368 bytes > 2000000000 bytes)

var b [1 << 32]int

func main() {
	i := 5
	println(b[i])
}
