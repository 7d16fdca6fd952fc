package main

func main() {
	s := "a"
	s++
	var b bool
	b--
	var p *int
	p++
	_, _, _ = s, b, p
}
