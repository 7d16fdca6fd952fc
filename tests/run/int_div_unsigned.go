// Unsigned division and remainder, including values above the signed range.
package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	for _, b := range []uint64{1, 2, 3, 10, 1 << 32, 1<<63 + 1, 18446744073709551615} {
		fmt.Println(a, "/", b, "=", a/b, "rem", a%b)
	}
	var x8 uint8 = 255
	var y8 uint8 = 7
	fmt.Println("uint8:", x8/y8, x8%y8)
	var x16 uint16 = 65000
	var y16 uint16 = 255
	fmt.Println("uint16:", x16/y16, x16%y16)
	var x32 uint32 = 4000000000
	var y32 uint32 = 3
	fmt.Println("uint32:", x32/y32, x32%y32)
	var u uint = 1 << 63
	fmt.Println("uint:", u/3, u%3)
	// Digits of a large unsigned number by repeated division.
	n := a
	digits := ""
	for n > 0 {
		digits = string(rune('0'+n%10)) + digits
		n /= 10
	}
	fmt.Println("digits:", digits)
}
