// Signed integers of every width wrap around in two's complement.
package main

import "fmt"

func main() {
	var a8 int8 = 127
	a8++
	fmt.Println("int8 127+1 =", a8)
	a8--
	fmt.Println("int8 -128-1 =", a8)
	var m8 int8 = -128
	fmt.Println("int8 -(-128) =", -m8)
	var p8 int8 = 100
	fmt.Println("int8 100*3 =", p8*3)

	var a16 int16 = 32767
	a16 += 2
	fmt.Println("int16 32767+2 =", a16)
	var m16 int16 = -32768
	fmt.Println("int16 -(-32768) =", -m16, "and -32768-1 =", m16-1)
	var p16 int16 = 300
	fmt.Println("int16 300*300 =", p16*p16)

	var a32 int32 = 2147483647
	a32++
	fmt.Println("int32 max+1 =", a32)
	var p32 int32 = 65536
	fmt.Println("int32 65536*65536 =", p32*p32, "65536*32768 =", p32*32768)

	var a64 int64 = 9223372036854775807
	a64++
	fmt.Println("int64 max+1 =", a64)
	fmt.Println("int64 -min =", -a64)
	var p64 int64 = 1 << 62
	fmt.Println("int64 2^62*2 =", p64*2, "2^62*4 =", p64*4)

	var ai int = 9223372036854775807
	ai += 10
	fmt.Println("int max+10 =", ai)

	// Wrap inside a loop: doubling an int8 until it turns negative.
	var d int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(d, " ")
		d *= 2
	}
	fmt.Println()

	// Mixed operations keep the low bits.
	var x int32 = 123456789
	fmt.Println("int32 123456789*1000 =", x*1000)
	var y int16 = -30000
	fmt.Println("int16 -30000-30000 =", y-30000, "-30000*-2 =", y*-2)
}
