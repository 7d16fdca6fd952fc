package main

func main() {
	var x []int
	for i, v := range x ] {
		_, _ = i, v
	}
}
