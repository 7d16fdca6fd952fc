package main

func main() {
	foo(1, 2,, 3)
}
