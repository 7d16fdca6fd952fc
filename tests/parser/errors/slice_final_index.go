package main

func main() {
	var x []int
	_ = x[1:2:]
}
