package main

func main() {
	x := 0
	if x = 1 {
	}
}
