package main

type T struct{ a int }
type U struct{ b int }

func main() {
	_ = string(1.5)
	_ = int("a")
	_ = T(U{})
	var f float64 = 1
	_ = []byte(f)
	var p *int
	_ = uintptr(p)
	_ = T()
	_ = T(1, 2)
}
