package main

func main() {
	x := []int{1, 2 3}
	y := f(1 2)
}
