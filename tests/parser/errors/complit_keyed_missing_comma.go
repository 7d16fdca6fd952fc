package main

func main() {
	x = T{
		a: 1,
		b: 2
	}
	y = 3
}
