// Conversions between integer widths truncate to the low bits and
// sign- or zero-extend when widening.
package main

import "fmt"

func main() {
	var big int64 = 0x123456789
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var neg int64 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var n8 int8 = -2
	fmt.Println(int16(n8), int32(n8), int64(n8), uint16(n8), uint32(n8), uint64(n8))
	var u8 uint8 = 254
	fmt.Println(int8(u8), int16(u8), int64(u8))
	var u32 uint32 = 0xFFFFFFFE
	fmt.Println(int32(u32), int64(u32), int(int32(u32)))
	var u64 uint64 = 1 << 63
	fmt.Println(int64(u64), int(u64), int32(u64), uint32(u64+5))
	for _, v := range []int{127, 128, 255, 256, -129, 1000} {
		fmt.Print(int8(v), "/", uint8(v), " ")
	}
	fmt.Println()
	r := rune(-1)
	w := 0x1FF
	fmt.Println(uint32(r), byte(w), rune(byte(200)))
}
