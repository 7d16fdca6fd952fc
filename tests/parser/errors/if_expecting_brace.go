package main

func main() {
	if x y {
	}
}
