package main

func main() {
	if true {
		f() { g() }
	}
}
