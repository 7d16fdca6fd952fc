package main

func main() {
	var x <-chan<- int
}
