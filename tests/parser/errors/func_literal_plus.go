package main

func main() {
	_ = func() int { return 1 } + 
}
