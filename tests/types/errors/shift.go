package main

func main() {
	var s uint = 3
	_ = 1 << 600
	_ = 1 << -1
	var f float64 = 1 << s
	_ = 1.5 << 2
	_ = s << 1.5
	_ = f
}
