// math/bits: counting, rotating and reversing bits, lengths, and the
// full-width arithmetic helpers.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0xFF, 1 << 63, 0xF0F0F0F0F0F0F0F0, 12345678901234567890} {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	var b uint8 = 0b00010110
	fmt.Printf("%08b %08b %08b %08b\n", bits.RotateLeft8(b, 2), bits.RotateLeft8(b, -1), bits.Reverse8(b), bits.ReverseBytes16(0x1234))
	fmt.Println(bits.OnesCount(255), bits.Len(1023), bits.LeadingZeros32(1), bits.TrailingZeros16(8), bits.UintSize)
	fmt.Printf("%x %x\n", bits.ReverseBytes32(0x11223344), bits.RotateLeft32(0x80000001, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
}
