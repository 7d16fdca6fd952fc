// Integer verbs: %d %b %o %O %x %X %c %q %U %v with signs, widths, zero
// padding, # and + flags, for several widths and negative values.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 65, 1 << 40} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%b|%o|%#o|%O|%x|%#x|%X|%#X|%08x|\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	var i8 int8 = -128
	var u8 uint8 = 200
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %x %b %o\n", i8, i8, i8, i8)
	fmt.Printf("%d %x %X %#b\n", u8, u8, u8, u8)
	fmt.Printf("%d %x %#o\n", u64, u64, u64)
	fmt.Printf("%c %c %c %q %q %U %#U %U\n", 65, 0x4E16, 0x1F600, 'x', 0x1F600, 'é', 'é', 0x10FFFF)
	fmt.Printf("%v %v %+v %#v %#v\n", 42, -1, 42, 42, uint8(3))
	fmt.Printf("[%6.3d] [%-8.4x] [%.0d] [%.0d]\n", 7, 255, 0, 1)
	fmt.Printf("[%x] [% x] [%#x] [% #x]\n", []int{10, 255}, []int{10, 255}, []int{10, 255}, []int{1, 2})
	fmt.Printf("%d %d\n", []int{1, -2}, [2]int8{3, -4})
	fmt.Printf("%5c|%-3c|%05d\n", 'a', 'b', -42)
	type MyInt int
	fmt.Printf("%d %v %x %T\n", MyInt(12), MyInt(12), MyInt(12), MyInt(12))
	fmt.Printf("%+q %#q %#U\n", 'é', 'x', 0x1F600)
}
