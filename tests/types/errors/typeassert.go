package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var x int
	_ = x.(int)
	var i I
	_ = i.(T)
	_ = i.(string)
	switch i.(type) {
	case T:
	}
}
