package main

// Untyped integer constants are exact up to 512 bits; an operation that
// goes beyond is gc's "constant <op> overflow", reported at the operator.

const max512 = (1<<511-1)*2 + 1 // the largest 512-bit value
const min512 = -max512

const (
	_ = max512 + 1         // addition
	_ = min512 - 1         // subtraction
	_ = max512 * 2         // multiplication
	_ = 1 << 512           // shift
	_ = max512 ^ -1        // bitwise XOR
	_ = ^max512            // bitwise complement
	_ = max512 >> 511 << 1 // fine: 2
	_ = 1<<600 >> 200      // the overflow is at the first shift
)

func main() {
	var a int64 = max512 / (1 << 448) // 2^64-1 overflows int64
	var b uint64 = max512 / (1 << 448)
	var c = min512 % 1000
	var d uint8 = max512 & 0xff
	_, _, _, _ = a, b, c, d
}
