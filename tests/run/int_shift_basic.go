// Shifts by variable counts: counts >= the width give 0 (or -1 for a
// negative signed value shifted right); signed >> is arithmetic.
package main

import "fmt"

func main() {
	for _, s := range []uint{0, 1, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, 200} {
		var i8 int8 = -100
		var u8 uint8 = 0xA5
		var i16 int16 = -3
		var u32 uint32 = 0x80000001
		var i64 int64 = -1 << 40
		var u64 uint64 = 0xF0F0F0F0F0F0F0F0
		one := 1
		fmt.Println(s, i8<<s, i8>>s, u8<<s, u8>>s, i16>>s, u32<<s, u32>>s,
			i64>>s, u64>>s, u64<<s, one<<s)
	}
	// The count may be any integer type, signed ones included.
	var c8 int8 = 3
	var c64 int64 = 62
	var cu16 uint16 = 4
	x := 5
	fmt.Println(x<<c8, x<<c64, x>>cu16, uint8(1)<<c8)
	// Shifts and masks compose.
	var v uint32 = 0x12345678
	for i := uint(0); i < 32; i += 8 {
		fmt.Printf("%02x ", (v>>i)&0xff)
	}
	fmt.Println()
}
