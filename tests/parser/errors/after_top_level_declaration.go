package main

var x int y

func main() {
}
