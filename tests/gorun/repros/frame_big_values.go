// Values larger than a VM frame (65535 slots of 8 bytes): a big array
// variable or composite literal, a big struct passed by value. gc keeps
// them in static data, on the goroutine stack or on the heap.
// (fixedbugs/issue34395.go: a 100 MB initialized global; nilptr2.go: a
// 128 MB struct copied into an interface)
package main

var table = [1 << 20]byte{42}

type Big struct {
	n int
	x [1 << 20]byte
}

func sum(b Big) int { return b.n + int(b.x[0]) }

func main() {
	var local [1 << 20]byte
	local[1] = 1
	p := &Big{n: 1}
	println(table[0], local[1], sum(*p))
}
