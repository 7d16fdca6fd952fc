// Bitwise operators &, |, ^, &^ and unary ^ on signed and unsigned values.
package main

import "fmt"

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%08b %08b %08b %08b\n", a&b, a|b, a^b, a&^b)
	var s8 int8 = -0x55
	var t8 int8 = 0x3C
	fmt.Println(s8&t8, s8|t8, s8^t8, s8&^t8, ^s8, ^t8)
	var u16 uint16 = 0xF00F
	fmt.Println(^u16, u16&^0xFF00, u16|0x0FF0, u16^0xFFFF)
	var u64 uint64 = 0x0123456789ABCDEF
	fmt.Printf("%x %x %x\n", ^u64, u64&^0xFFFFFFFF, u64^(u64>>32))
	var n int64 = -1
	fmt.Println(n&0x7FFFFFFFFFFFFFFF, n^n, n&^n, ^n)
	// Classic tricks.
	x := 40
	fmt.Println("lowest set bit", x&-x, "clear lowest", x&(x-1), "power of two", x&(x-1) == 0)
	flags := 0
	flags |= 1 << 3
	flags |= 1 << 5
	flags &^= 1 << 3
	flags ^= 1 << 0
	fmt.Println("flags", flags)
}
