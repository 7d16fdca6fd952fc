package main

type I interface {
	M()
	N() int
}

type T struct{}

func (t *T) M()     {}
func (t T) N() int { return 0 }

type U struct{}

func (U) M() {}

type V struct{}

func (V) M()        {}
func (V) N() string { return "" }

func main() {
	var i I = T{}
	var j I = &T{}
	var k I = U{}
	var l I = V{}
	var e error = 1
	_, _, _, _, _ = i, j, k, l, e
}
