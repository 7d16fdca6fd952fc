// Narrow integers live widened in 64-bit slots: every result that can leave
// its type's range must wrap exactly as Go's does.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d *= 2
	var e int32 = -2147483648
	e /= -1
	var f int64 = -9223372036854775808
	f /= -1
	var g int8 = -128
	g %= -1
	fmt.Println(a, b, c, d, e, f, g)
	var h uint16 = 0xffff
	h <<= 4
	var k int8 = -1
	k >>= 10
	var u uint8 = 200
	u += 100
	fmt.Println(h, k, u, ^u, -u, ^int8(5))
	s := uint(70)
	var w uint64 = 1
	one := uint32(1)
	fmt.Println(w<<s, int64(-8)>>s, one<<31<<1)
	var n int = -1
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(1 << n)
}
