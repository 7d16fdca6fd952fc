package main

// Literals gc cannot hold: exponents beyond big.Float's 32 bits, literals
// longer than 10,000 characters. Converted integers print in full.

func main() {
	_ = 1e1000000000
	_ = 0x1p-3000000000
	_ = 1e-1000000000 // underflows to 0: fine
	_ = 0.0e99999999999
	_ = int8(1e20)
	_ = uint16(-2.0)
	_ = string(rune(1e10))
	var a [4]int
	_ = a[1<<64]
	_ = a[uint64(1<<63)]
	_ = a[2.0]
}
