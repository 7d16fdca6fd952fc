// Minimum and maximum values of every integer type, printed with fmt and
// with the println builtin (which writes to stderr).
package main

import "fmt"

func main() {
	var i8 int8 = -128
	var j8 int8 = 127
	var i16 int16 = -32768
	var j16 int16 = 32767
	var i32 int32 = -2147483648
	var j32 int32 = 2147483647
	var i64 int64 = -9223372036854775808
	var j64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 1 << 40
	fmt.Println(i8, j8, i16, j16, i32, j32, i64, j64)
	fmt.Println(u8, u16, u32, u64, up)
	fmt.Printf("%T %T %T %T %T %T %T %T %T\n", i8, i16, i32, i64, u8, u16, u32, u64, up)
	println(i8, j8, i16, j16, i32, j32, i64, j64)
	println(u8, u16, u32, u64, up)
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Printf("%T %T\n", b, r)
	println(b, r, true, false, "str")
}
