// panicval.go -- `go run panicval.go N` panics with value number N; the
// first line of stderr is how Go prints that panic value (printany).
package main

import (
	"os"
	"strconv"
)

type MyInt int
type MyInt8 int8
type MyUint16 uint16
type MyBool bool
type MyF32 float32
type MyF64 float64
type MyS string
type T struct{ a, b int }
type P *int

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	vals := []any{nil, 42, int8(-8), uint64(1 << 63), true, 1.5, float32(0.1), "boom\nline",
		MyInt(5), MyInt8(-3), MyUint16(7), MyBool(false), MyF32(2.5), MyF64(-0.25), MyS("x"),
		T{1, 2}, &T{}, []int{1}, map[int]int{}, uintptr(9), int16(-300), uint8(255)}
	if n >= len(vals) {
		os.Exit(3)
	}
	panic(vals[n])
}
