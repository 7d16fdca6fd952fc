package main

func f() int { return 1 }

func main() {
	1
	f
	len("a")
	f() + 1
	int
	x := 1
	x == 2
}
