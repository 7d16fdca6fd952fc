// Constant shifts are exact; untyped constants may exceed 64 bits in
// intermediate results; a shifted untyped constant takes its type from context.
package main

import "fmt"

const big = 1 << 100
const back = big >> 98

func main() {
	fmt.Println(back, big/(1<<90))
	var f float64 = 1 << 62
	fmt.Println(f)
	var u8 uint8 = 1 << 7
	fmt.Println(u8)
	const mask = ^uint32(0) >> 4
	fmt.Println(mask)
	const neg = -1 << 10
	fmt.Println(neg)
	var s uint = 10
	var i64 int64 = 1 << s // int64 because of the declared type
	fmt.Println(i64, 1<<s == 1024)
	fmt.Printf("%T %T\n", 1<<s, uint16(1)<<s)
	fmt.Println(uint16(1)<<s<<s, int32(-8)>>1)
}
