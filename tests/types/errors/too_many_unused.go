package main

func main() {
	a := 1
	b := 2
	var c int = "c"
	var d int = "d"
	var e int = "e"
	var f int = "f"
	var g int = "g"
	var h int = "h"
	var i int = "i"
	var j int = "j"
}
