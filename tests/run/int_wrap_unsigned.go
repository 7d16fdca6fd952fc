// Unsigned integers of every width wrap modulo 2^n.
package main

import "fmt"

func main() {
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var b uint8 = 200
	fmt.Println("uint8 200+100 =", b+100, "200*2 =", b*2, "-200 =", -b)

	var u16 uint16 = 65535
	u16 += 3
	fmt.Println("uint16 65535+3 =", u16)
	var z16 uint16
	fmt.Println("uint16 0-1 =", z16-1, "^0 =", ^z16)

	var u32 uint32 = 4294967295
	u32++
	fmt.Println("uint32 max+1 =", u32)
	var m32 uint32 = 1 << 31
	fmt.Println("uint32 2^31*2 =", m32*2, "2^31*3 =", m32*3)

	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64 max+1 =", u64)
	var z64 uint64
	fmt.Println("uint64 0-1 =", z64-1, "-1 =", -(z64 + 1))

	var u uint
	u--
	fmt.Println("uint 0-1 =", u)
	var p uintptr
	p--
	fmt.Println("uintptr 0-1 =", p)

	var big uint64 = 0xDEADBEEFCAFEBABE
	fmt.Println("uint64 mul =", big*big, "add =", big+big)

	// A loop counter that wraps: counting down an unsigned value.
	var n uint8 = 3
	for i := 0; i < 6; i++ {
		fmt.Print(n, " ")
		n--
	}
	fmt.Println()

	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv1a32(hello) =", h)
}
