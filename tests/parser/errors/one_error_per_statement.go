package main

func main() {
	x := 1 2
	y := 3 4
	z := 5 6
}
