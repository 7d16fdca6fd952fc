package main

func main() {
	var c []string
	print(c[0 , " ", 1)
}
